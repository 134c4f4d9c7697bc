// The <py-repl> cells (web/plugins/py-repl.js loads this, bundled with the
// editor into pyscript-editor.js, only when the page has a <py-repl>): every
// <py-repl> becomes an editor cell (CodeMirror 6) with a Run button. Shift+Enter, Ctrl+Enter or the button runs
// the cell in the shared namespace; a trailing expression's value is shown as
// the interactive interpreter shows it, an error as a traceback under the
// cell. Up at the first line and Down at the last walk the cells' history.
// Attributes: src= (initial code from a file), output= (the id of the element
// output goes to), auto-generate (a new cell after each run of the last one).
import { dedent, fetchOk, pageUrl } from './common.js';
import * as editorModule from './editor.js';

const history = [];

async function initialCode(tag) {
  const src = tag.getAttribute('src');
  if (!src) return dedent(tag.textContent).trim();
  const response = await fetchOk(pageUrl(src), `<py-repl src="${src}">`);
  return (await response.text()).replace(/\n$/, '');
}

// The element under the cell that shows its output (or the one output= names).
function outputElement(tag) {
  const id = tag.getAttribute('output');
  const named = id && document.getElementById(id);
  if (named) return named;
  const div = document.createElement('div');
  div.className = 'py-repl-output';
  tag.append(div);
  return div;
}

// A cell's code as everything before its last top-level statement (run as a
// module body) and that statement (run as interactive input, which shows
// an expression's value): the interactive interpreter takes one statement
// at a time. Continuation lines, open brackets, triple-quoted strings,
// decorators and else/elif/except/finally clauses stay with their statement.
export function splitLastStatement(src) {
  const lines = src.replace(/\s+$/, '').split('\n');
  let depth = 0;
  let inString = null;
  let continued = false;
  let start = 0;
  let decoratorStart = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const topLevel = depth === 0 && !inString && !continued && /^[^\s#]/.test(line);
    if (topLevel && !/^(else|elif|except|finally)\b/.test(line)) {
      if (decoratorStart < 0) start = i;
      decoratorStart = line.startsWith('@') ? (decoratorStart < 0 ? i : decoratorStart) : -1;
    }
    ({ depth, inString } = scanLine(line, depth, inString));
    continued = /\\$/.test(line);
  }
  return { head: lines.slice(0, start).join('\n'), tail: lines.slice(start).join('\n') };
}

// Bracket depth and open triple-quoted string after [line].
function scanLine(line, depth, inString) {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (line.startsWith(inString, i)) { i += inString.length - 1; inString = null; }
      continue;
    }
    if (ch === '#') break;
    if (ch === '"' || ch === "'") {
      const triple = ch.repeat(3);
      inString = line.startsWith(triple, i) ? triple : ch;
      i += inString.length - 1;
    } else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
  }
  // A one-quote string does not span lines.
  if (inString && inString.length === 1) inString = null;
  return { depth, inString };
}

let cellSeq = 0;

// Turns [tag] into a cell; [doc] is its initial code.
function makeCell(app, editorModule, tag, doc) {
  tag.textContent = '';
  const box = document.createElement('div');
  box.className = 'py-repl-box';
  const editorBox = document.createElement('div');
  editorBox.className = 'py-repl-editor';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'py-repl-run-button';
  button.textContent = '\u25b6';
  button.title = 'Run (Shift+Enter)';
  box.append(editorBox, button);
  tag.append(box);
  const outEl = outputElement(tag);
  if (!outEl.id) outEl.id = `py-repl-output-${++cellSeq}`;
  const cell = editorModule.createEditor(editorBox, {
    doc,
    onRun: () => { runCell(app, editorModule, tag, cell, outEl); },
    onHistory(direction) {
      const next = cell.historyAt + direction;
      if (next < 0 || next > history.length) return null;
      cell.historyAt = next;
      return next === history.length ? '' : history[next];
    },
  });
  // Where Up/Down are in the history; a run starts again at its end.
  cell.historyAt = history.length;
  button.addEventListener('click', () => runCell(app, editorModule, tag, cell, outEl));
  tag.pyReplCell = cell;
  return cell;
}

async function runCell(app, editorModule, tag, cell, outEl) {
  const src = cell.getValue();
  if (src.trim()) history.push(src);
  cell.historyAt = history.length;
  outEl.textContent = '';
  if (outEl.nextElementSibling?.classList.contains('py-error')) outEl.nextElementSibling.remove();
  await app.callHook('beforePyReplExec', { interpreter: app.runtime, src, outEl, pyReplTag: tag });
  const saved = { target: app.io.target, errorTarget: app.io.errorTarget };
  app.io.target = outEl;
  app.io.errorTarget = null;
  let result;
  try {
    const { head, tail } = splitLastStatement(src);
    if (head.trim()) await app.runtime.run(head, { filename: '<stdin>' });
    // Blank lines keep the last statement's line numbers in tracebacks.
    if (tail.trim()) result = await app.runtime.run('\n'.repeat(head ? head.split('\n').length : 0) + tail + '\n',
      { filename: '<stdin>', mode: 'single' });
  } catch (error) {
    const pre = document.createElement('pre');
    pre.className = 'py-error';
    pre.textContent = error.message;
    outEl.after(pre);
  } finally {
    app.io.target = saved.target;
    app.io.errorTarget = saved.errorTarget;
    app.io.lastTarget = outEl;
  }
  await app.callHook('afterPyReplExec', { interpreter: app.runtime, src, outEl, pyReplTag: tag, result });
  if (tag.hasAttribute('auto-generate') && isLastCell(tag)) {
    const next = document.createElement('py-repl');
    next.setAttribute('auto-generate', '');
    tag.after(next);
    makeCell(app, editorModule, next, '').focus();
  }
}

function isLastCell(tag) {
  const all = document.querySelectorAll('py-repl');
  return all[all.length - 1] === tag;
}

const STYLE = 'py-repl{display:block;margin:.5em 0}' +
  '.py-repl-box{display:flex;align-items:flex-start;border:1px solid #ccc;border-radius:4px}' +
  '.py-repl-editor{flex:1;min-width:0}' +
  '.py-repl-run-button{border:0;background:none;cursor:pointer;color:#2a7;font-size:1.1em;padding:.3em .6em}' +
  '.py-repl-output{white-space:pre-wrap;font-family:monospace;margin:.2em 0 .2em .3em}';

// Makes a cell of every <py-repl> on the page.
export async function runRepl(app) {
  const tags = [...document.querySelectorAll('py-repl')];
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  const codes = await Promise.all(tags.map((tag) => initialCode(tag).catch((error) => {
    app.showBanner(error);
    return '';
  })));
  tags.forEach((tag, i) => makeCell(app, editorModule, tag, codes[i]));
}
