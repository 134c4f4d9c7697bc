// The built-in "py-script" plugin: runs every <py-script> and <script
// type="py"> in document order in the one shared namespace, and wires the
// py-<event> attributes (py-click="handler" calls handler(event);
// py-click="f()" runs the code).
//
// Tag attributes: src= (a .py file, fetched early), output= or target= (the id
// of the element print writes into; default a new div.py-output after the
// tag), stderr= (the id of an element that also gets stderr), async (the next
// tag does not wait for this one). Top-level await works in every tag.
import { ErrorCode, UserError, dedent, fetchOk, pageUrl, showBanner, showTraceback } from './common.js';

const TAGS = 'py-script, script[type="py"]';
const CONTROLS = new Set(['BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FIELDSET']);

// The tag's source: fetched for src=, inline otherwise.
function sourceOf(tag) {
  const src = tag.getAttribute('src');
  if (!src) return Promise.resolve({ code: dedent(tag.textContent), filename: '<exec>' });
  return fetchOk(pageUrl(src), `<${tag.tagName.toLowerCase()} src="${src}">`)
    .then((response) => response.text())
    .then((code) => ({ code, filename: src }));
}

let outputSeq = 0;

// The element a tag prints into: its output=/target= element, or a new one
// right after the tag. It gets an id, which pyscript.display() looks up.
function outputFor(tag) {
  const id = tag.getAttribute('output') || tag.getAttribute('target');
  const named = id && document.getElementById(id);
  if (named) return named;
  if (id) showBanner(new UserError(ErrorCode.BAD_CONFIG, `<${tag.tagName.toLowerCase()}>: no element has ` +
    `the id "${id}" its output= or target= attribute names; printing after the tag`));
  const div = document.createElement('div');
  div.className = 'py-output';
  div.id = `py-output-${++outputSeq}`;
  // a tag the parser put in <head> (before any body content) prints at the
  // end of the body, where it can be seen
  if (tag.closest('head') && document.body) document.body.append(div);
  else tag.after(div);
  return div;
}

function errorTargetFor(tag) {
  const id = tag.getAttribute('stderr');
  return (id && document.getElementById(id)) || null;
}

// Where a traceback goes: after the tag's own output div, or after the tag.
function tracebackAnchor(tag, output) {
  return output.previousElementSibling === tag ? output : tag;
}

async function runTag(app, tag, source) {
  const output = outputFor(tag);
  app.io.target = output;
  app.io.errorTarget = errorTargetFor(tag);
  app.io.lastTarget = output;
  tag.dispatchEvent(new CustomEvent('py:ready', { bubbles: true }));
  let src = '';
  let result;
  try {
    const { code, filename } = await source;
    src = code;
    await app.callHook('beforePyScriptExec', { interpreter: app.runtime, src, pyScriptTag: tag });
    app.io.target = output;
    result = await app.runtime.run(code, { filename });
  } catch (error) {
    if (error instanceof UserError) showBanner(error);
    showTraceback(tracebackAnchor(tag, output), error.message);
  }
  await app.callHook('afterPyScriptExec', { interpreter: app.runtime, src, pyScriptTag: tag, result });
  if (app.io.target === output) {
    app.io.target = null;
    app.io.errorTarget = null;
  }
  tag.dispatchEvent(new CustomEvent('py:done', { bubbles: true }));
}

// Form controls with py-* handlers stay disabled until Python is ready.
export function disableWiredControls() {
  for (const el of wiredElements()) {
    if (CONTROLS.has(el.tagName) && !el.disabled) {
      el.disabled = true;
      el.dataset.pyWaiting = '';
    }
  }
}

export function enableWiredControls() {
  for (const el of document.querySelectorAll('[data-py-waiting]')) {
    el.disabled = false;
    delete el.dataset.pyWaiting;
  }
}

function wiredElements() {
  return [...document.querySelectorAll('*')].filter((el) =>
    [...el.attributes].some((a) => a.name.startsWith('py-')));
}

const HANDLER_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

// The Python an event runs: a handler's name is called with the event (when
// the runtime can pass it), other text runs as code.
function handlerCode(app, value, event) {
  const text = value.trim();
  if (!HANDLER_NAME.test(text)) return dedent(text);
  if (!app.platformReady) return `${text}()`;
  return `${text}(__import__('_pyscript_platform').takeEvent(${app.keepEvent(event)}))`;
}

function wireEvents(app) {
  for (const el of wiredElements()) {
    if (el.dataset.pyWired !== undefined) continue;
    el.dataset.pyWired = '';
    for (const attr of [...el.attributes]) {
      if (!attr.name.startsWith('py-') || attr.name === 'py-wired') continue;
      const type = attr.name.slice(3);
      el.addEventListener(type, (event) => {
        const code = handlerCode(app, el.getAttribute(attr.name), event);
        app.runtime.run(code, { filename: `<${attr.name}>` }).catch((error) => {
          const anchor = el.nextElementSibling?.classList.contains('py-error') ? el.nextElementSibling : el;
          showTraceback(anchor, error.message);
        });
      });
    }
  }
}

export function createScriptPlugin() {
  return {
    name: 'py-script',
    async run(app) {
      const tags = [...document.querySelectorAll(TAGS)];
      // Downloads start at once; failures are reported at their tag in turn.
      const sources = tags.map((tag) => {
        const p = sourceOf(tag);
        p.catch(() => {});
        return p;
      });
      wireEvents(app);
      const running = [];
      for (let i = 0; i < tags.length; i++) {
        const done = runTag(app, tags[i], sources[i]);
        running.push(done);
        if (!tags[i].hasAttribute('async')) await done;
      }
      await Promise.all(running);
    },
  };
}
