// pyscript.js -- runs the Python in a page: every <py-script> (inline or
// src=) and <script type="py">, in document order, in one shared namespace.
// What a tag prints appears where it stands (or in the element its output=
// or target= attribute names); an uncaught error shows its traceback there
// and the following tags still run.
//
// Start-up, in order (DESIGN.md, "The platform"): read the configuration,
// load the runtime, run the plugins (running the tags is itself one), load
// the configured files. Only the defaults exist so far; these are the seams.
import { createPipitRuntime } from './runtimes/pipit.js';

// Hide the tags' source at once, before anything is downloaded.
const style = document.createElement('style');
style.textContent =
  'py-script,py-config,script[type="py"]{display:none}' +
  '.py-output{white-space:pre-wrap}' +
  '.py-error{white-space:pre-wrap;color:#8b0000;background:#fff0f0;' +
  'border:1px solid #e0a0a0;border-radius:4px;padding:.6em;font-size:.9em}';
document.head.append(style);

const BASE = import.meta.url;
const TAGS = 'py-script, script[type="py"]';

export const runtimes = { pipit: createPipitRuntime };

// Plugins run in order once the runtime is up; each gets the app.
export const plugins = [{ name: 'py-script', run: runScriptTags }];

// The page's configuration: defaults for now (<py-config> comes later).
function readConfig() {
  return { runtime: 'pipit', files: {} };
}

// Where prints go: the current tag's output element.
let output = null;
let firstOutput = true;

function write(text) {
  if (firstOutput) {
    firstOutput = false;
    performance.mark('pipit:first-output');
  }
  if (output) output.append(text);
  else console.log(text);
}

// The code of an inline tag without the indentation common to its lines,
// and without the line break right after the opening tag.
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[0].trim() === '') lines.shift();
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
  }
  if (indent === Infinity) indent = 0;
  return lines.map((line) => line.slice(indent)).join('\n');
}

// The tag's source: fetched for src=, inline otherwise. Started early so
// downloads overlap the runtime's.
function sourceOf(tag) {
  const src = tag.getAttribute('src');
  if (!src) return Promise.resolve({ code: dedent(tag.textContent), filename: '<exec>' });
  return fetch(new URL(src, document.baseURI)).then((response) => {
    if (!response.ok) throw new Error(`cannot load ${src}: HTTP ${response.status}`);
    return response.text().then((code) => ({ code, filename: src }));
  });
}

// The element a tag prints into: its output=/target= element, or a new one
// right after the tag.
function outputFor(tag) {
  const id = tag.getAttribute('output') || tag.getAttribute('target');
  const named = id && document.getElementById(id);
  if (named) return named;
  const div = document.createElement('div');
  div.className = 'py-output';
  tag.after(div);
  return div;
}

function showError(tag, message) {
  const pre = document.createElement('pre');
  pre.className = 'py-error';
  pre.textContent = message;
  (tag.nextElementSibling?.className === 'py-output' ? tag.nextElementSibling : tag).after(pre);
}

async function runScriptTags(app) {
  const tags = [...document.querySelectorAll(TAGS)];
  // Rejections are kept, to be reported at their tag in turn.
  const sources = tags.map((tag) => sourceOf(tag).catch((error) => ({ error })));
  for (let i = 0; i < tags.length; i++) {
    output = outputFor(tags[i]);
    try {
      const { code, filename, error } = await sources[i];
      if (error) throw error;
      await app.runtime.run(code, { filename });
    } catch (error) {
      showError(tags[i], error.message);
    }
    output = null;
  }
}

let app = null;

// Stops the running Python code (it raises KeyboardInterrupt): for a Stop
// button, `import { interrupt } from './pyscript.js'`.
export function interrupt() {
  if (app) app.runtime.interrupt();
}

async function main() {
  const config = readConfig();
  const runtime = runtimes[config.runtime](BASE);
  app = { config, runtime };
  performance.mark('pipit:start');
  try {
    await runtime.load({ stdout: write, stderr: (text) => console.error(text) });
    performance.mark('pipit:ready');
  } catch (error) {
    const first = document.querySelector(TAGS) || document.body.lastChild;
    showError(first, `pyscript: cannot start the ${runtime.name} runtime: ${error.message}`);
    throw error;
  }
  for (const [path, data] of Object.entries(config.files)) runtime.writeFile(path, data);
  for (const plugin of plugins) await plugin.run(app);
  document.dispatchEvent(new CustomEvent('py:done'));
  document.documentElement.dataset.pyscript = 'done';
}

main();
