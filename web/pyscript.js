// pyscript.js -- the page platform. It does four things, in order (docs/web.md,
// docs/plugins.md, docs/runtimes.md):
//   1. read the configuration: <py-config> (TOML, or JSON with type="json";
//      inline or src=) or a config= attribute on a script tag; defaults otherwise;
//   2. download and start the chosen runtime (pipit, micropython, pyodide or
//      an adapter module by URL);
//   3. register and run plugins: the built-in tags are plugins written on the
//      same public API third parties use;
//   4. load the configured files into the runtime's file system.
// Every mistake a page author can make shows a banner with a PY-numbered code;
// the rest of the page keeps working.
import { createPipitRuntime } from './runtimes/pipit.js';
import { ErrorCode, UserError, fetchOk, onBanner, pageUrl, showBanner } from './plugins/common.js';
import { createFilesPlugin } from './plugins/files.js';
import { createScriptPlugin, disableWiredControls, enableWiredControls } from './plugins/py-script.js';
import { createReplPlugin } from './plugins/py-repl.js';
import { createTerminalPlugin } from './plugins/py-terminal.js';

// Hide the tags' source at once, before anything is downloaded.
const style = document.createElement('style');
style.textContent =
  'py-script,py-config,script[type="py"]{display:none}' +
  '.py-output{white-space:pre-wrap}' +
  '.py-error{white-space:pre-wrap;color:#8b0000;background:#fff0f0;' +
  'border:1px solid #e0a0a0;border-radius:4px;padding:.6em;font-size:.9em}' +
  '.alert-banner{font-family:monospace;margin:.3em 0;position:relative;padding-right:2em}' +
  '.alert-close-button{position:absolute;right:.3em;top:.2em;border:0;background:none;' +
  'cursor:pointer;font-size:1.1em;color:inherit}';
document.head.append(style);

const BASE = import.meta.url;

// The runtimes a configuration can name; each makes an adapter from the
// platform's base URL (and a URL of its own module, when one was given).
// MicroPython's and Pyodide's adapters are a bundle of their own
// (pyscript-runtimes.js), downloaded only by the pages that choose them.
const otherAdapters = () => import(new URL('pyscript-runtimes.js', BASE).href);
export const runtimes = {
  pipit: createPipitRuntime,
  micropython: async (base, url) => (await otherAdapters()).createMicroPythonRuntime(base, url),
  pyodide: async (base, url) => (await otherAdapters()).createPyodideRuntime(base, url),
};

// --- configuration -------------------------------------------------------

// Where a configuration comes from: <py-config> elements and config=
// attributes of script tags, in document order.
function configSources() {
  return [...document.querySelectorAll('py-config, script[type="py"][config], py-script[config]')];
}

function describeSource(el) {
  return el.tagName === 'PY-CONFIG' ? '<py-config>' : `the config= attribute of <${el.tagName.toLowerCase()}>`;
}

// The TOML parser is a separate file, downloaded only for a TOML config.
let tomlModule = null;
function loadToml() {
  tomlModule ??= import(new URL('pyscript-toml.js', BASE).href);
  return tomlModule;
}

async function parseConfigText(text, type, where) {
  if (type === 'json') {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new UserError(ErrorCode.BAD_CONFIG, `malformed JSON in ${where}: ${error.message}`);
    }
  }
  const { parse } = await loadToml();
  try {
    return parse(text);
  } catch (error) {
    const place = error.line ? ` at line ${error.line}, column ${error.column}` : '';
    const reason = String(error.message).split('\n')[0].replace(/^Invalid TOML document:\s*/, '');
    throw new UserError(ErrorCode.BAD_CONFIG, `malformed TOML in ${where}${place}: ${reason}`);
  }
}

function typeOf(url, declared) {
  if (declared) return declared.toLowerCase() === 'json' ? 'json' : 'toml';
  return /\.json(\?|#|$)/i.test(url) ? 'json' : 'toml';
}

// The configuration one element gives: a <py-config> (src= first, then its
// inline text on top) or a config= attribute (a URL, or inline JSON).
async function readSource(el) {
  const where = describeSource(el);
  if (el.tagName !== 'PY-CONFIG') {
    const value = el.getAttribute('config').trim();
    if (value.startsWith('{')) return parseConfigText(value, 'json', where);
    const response = await fetchOk(pageUrl(value), `config ${value}`);
    return parseConfigText(await response.text(), typeOf(value), `${where} (${value})`);
  }
  const src = el.getAttribute('src');
  const declared = el.getAttribute('type');
  let config = {};
  if (src) {
    const response = await fetchOk(pageUrl(src), `<py-config src="${src}">`);
    config = await parseConfigText(await response.text(), typeOf(src, declared), `${where} (${src})`);
  }
  const inline = el.textContent.trim();
  if (inline) Object.assign(config, await parseConfigText(inline, typeOf('', declared), where));
  return config;
}

// Checks the keys every configuration may have; an unknown key is kept (a
// plugin may read it), a wrong type is reported and dropped.
function checkConfig(config) {
  const wants = { name: 'string', description: 'string', output: 'string', runtime: 'string',
    interpreter: 'string', terminal: 'boolean' };
  for (const [key, type] of Object.entries(wants)) {
    if (key in config && typeof config[key] !== type) {
      showBanner(new UserError(ErrorCode.BAD_CONFIG,
        `the configuration key '${key}' must be a ${type}, not ${JSON.stringify(config[key])}`));
      delete config[key];
    }
  }
  if (config.plugins !== undefined &&
      (!Array.isArray(config.plugins) || config.plugins.some((p) => typeof p !== 'string'))) {
    showBanner(new UserError(ErrorCode.BAD_CONFIG, "the configuration key 'plugins' must be a list of URLs"));
    config.plugins = [];
  }
  if (config.output !== undefined && !['page', 'console'].includes(config.output)) {
    showBanner(new UserError(ErrorCode.BAD_CONFIG,
      `the configuration key 'output' must be "page" or "console", not "${config.output}"`));
    delete config.output;
  }
  return config;
}

// The page's configuration with the defaults filled in. Errors show banners
// and leave the defaults.
export async function readConfig() {
  const sources = configSources();
  let config = {};
  if (sources.length > 1) {
    showBanner(new UserError(ErrorCode.BAD_CONFIG, `this page has ${sources.length} configurations (` +
      sources.map(describeSource).join(', ') + '): only one is allowed; using the first'));
  }
  if (sources.length) {
    try {
      config = await readSource(sources[0]);
    } catch (error) {
      showBanner(error instanceof UserError ? error : new UserError(ErrorCode.BAD_CONFIG, error.message));
      config = {};
    }
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    showBanner(new UserError(ErrorCode.BAD_CONFIG, 'the configuration must be a table of keys'));
    config = {};
  }
  checkConfig(config);
  // Classic `runtimes = [{src = "..."}]` and the newer `interpreter` name the same.
  if (!config.runtime && config.interpreter) config.runtime = config.interpreter;
  if (!config.runtime && Array.isArray(config.runtimes) && config.runtimes[0]?.src)
    config.runtime = config.runtimes[0].src;
  config.runtime ??= 'pipit';
  // ?py-runtime=NAME tries the page on another of the built-in runtimes.
  const override = new URLSearchParams(location.search).get('py-runtime');
  if (override && Object.hasOwn(runtimes, override)) config.runtime = override;
  config.plugins ??= [];
  return config;
}

// --- runtimes ------------------------------------------------------------

const looksLikeUrl = (name) => /[/.]/.test(name);

// The adapter for config.runtime: a known name, or a URL (a micropython.mjs,
// a pyodide.mjs, a pipit.js, or an ES module whose default export makes an
// adapter). An unknown name shows a banner and falls back to pipit.
async function makeRuntime(config, early) {
  const spec = config.runtime.trim();
  const name = spec.toLowerCase();
  if (name === 'pipit' && early) return early;
  if (Object.hasOwn(runtimes, name)) return runtimes[name](BASE);
  if (looksLikeUrl(spec)) {
    const file = new URL(spec, document.baseURI).pathname.split('/').pop().toLowerCase();
    if (file.startsWith('micropython')) return runtimes.micropython(BASE, spec);
    if (file.startsWith('pyodide')) return runtimes.pyodide(BASE, spec);
    if (file.startsWith('pipit')) return createPipitRuntime(BASE, spec);
    try {
      const module = await import(pageUrl(spec));
      const make = module.default || module.createRuntime;
      if (typeof make !== 'function') throw new Error('it has no default export that makes a runtime');
      return make(BASE);
    } catch (error) {
      showBanner(new UserError(ErrorCode.BAD_CONFIG,
        `runtime: cannot load the runtime module ${spec}: ${error.message}; using pipit`));
      return createPipitRuntime(BASE);
    }
  }
  showBanner(new UserError(ErrorCode.BAD_CONFIG, `unknown runtime '${spec}' in the configuration key ` +
    `'runtime': choose pipit, micropython, pyodide or the URL of a runtime; using pipit`));
  config.runtime = 'pipit';
  return early || createPipitRuntime(BASE);
}

// Whether the page surely runs Pipit: then its download starts before the
// configuration is read (a TOML one waits for its parser).
function surelyPipit() {
  if (new URLSearchParams(location.search).has('py-runtime')) return false;
  return configSources().every((el) => el.tagName === 'PY-CONFIG' && !el.hasAttribute('src') &&
    !/\b(runtime|interpreter|runtimes)\b/.test(el.textContent));
}

// --- plugins -------------------------------------------------------------

// The built-in plugins, in the order their hooks run; "!name" in the
// configuration's plugins turns one off.
function builtinPlugins() {
  return [createFilesPlugin(), createTerminalPlugin(BASE), createScriptPlugin(), createReplPlugin(BASE)];
}

const plugins = [];
const HOOKS = ['configure', 'beforeLaunch', 'afterSetup', 'afterStartup', 'beforePyScriptExec',
  'afterPyScriptExec', 'beforePyReplExec', 'afterPyReplExec', 'onUserError'];

// A plugin: an object with any of the hooks, or a class of one.
function instantiate(plugin) {
  if (typeof plugin === 'function') {
    try {
      return new plugin();
    } catch {
      return plugin();
    }
  }
  return plugin;
}

// Adds [plugin] (an object with hooks, or a class) to the page. From JS:
// `pyscript.registerPlugin(plugin)` or `import { registerPlugin } from './pyscript.js'`.
export function registerPlugin(plugin) {
  const instance = instantiate(plugin);
  if (!instance || typeof instance !== 'object')
    throw new TypeError('registerPlugin: a plugin is an object or a class with hook methods');
  plugins.push(instance);
  return instance;
}

// Calls [hook] of every plugin in turn; a hook that throws shows a banner
// and the others still run.
export async function callHook(hook, ...args) {
  for (const plugin of [...plugins]) {
    if (typeof plugin[hook] !== 'function') continue;
    try {
      await plugin[hook](...args);
    } catch (error) {
      if (hook === 'onUserError') console.error(error);
      else reportPluginError(plugin, hook, error);
    }
  }
}

function reportPluginError(plugin, hook, error) {
  const name = plugin.name || plugin.constructor?.name || 'plugin';
  showBanner(error instanceof UserError ? error :
    new UserError(ErrorCode.PLUGIN_LOAD_ERROR, `plugin ${name}: ${hook} failed: ${error.message}`));
}

// Imports the plugin modules the configuration names (all at once).
async function loadConfigPlugins(urls) {
  const loaded = await Promise.all(urls.filter((u) => !u.startsWith('!')).map(async (url) => {
    if (!/\.m?js$/i.test(new URL(url, document.baseURI).pathname)) {
      showBanner(new UserError(ErrorCode.BAD_PLUGIN,
        `plugins: ${url} is not a JavaScript module (a .js or .mjs file)`));
      return null;
    }
    let module;
    try {
      module = await import(pageUrl(url));
    } catch (error) {
      showBanner(new UserError(ErrorCode.PLUGIN_LOAD_ERROR, `plugins: cannot load the plugin ${url}: ${error.message}`));
      return null;
    }
    const plugin = module.default ?? module.plugin;
    if (!plugin) {
      showBanner(new UserError(ErrorCode.NO_DEFAULT_EXPORT,
        `plugins: ${url} has no default export (export default a plugin object or class)`));
      return null;
    }
    return plugin;
  }));
  return loaded.filter(Boolean);
}

// --- output --------------------------------------------------------------

// Where Python's output goes: a terminal when the page has one; else the
// element of the running tag (or the console, with output = "console").
export const io = {
  target: null,       // element for stdout
  errorTarget: null,  // element for stderr (a tag's stderr= attribute)
  lastTarget: null,   // where output after the tags (event handlers) goes
  terminal: null,     // {write(text), readLine(prompt)} from the terminal plugin
  asyncInput: false,  // input() may wait for a field (the runtime suspends)
  toConsole: false,
  firstOutput: true,
  consoleLine: '',
};

function markFirstOutput() {
  if (!io.firstOutput) return;
  io.firstOutput = false;
  performance.mark('pipit:first-output');
}

function writeStdout(text) {
  markFirstOutput();
  if (io.terminal) return io.terminal.write(text);
  const target = io.target || io.lastTarget;
  if (io.toConsole || !target) return toConsoleLines(text, console.log);
  target.append(text);
}

function writeStderr(text) {
  markFirstOutput();
  if (io.terminal) return io.terminal.write(text, true);
  if (io.errorTarget) io.errorTarget.append(text);
  console.error(text.replace(/\n$/, ''));
}

function toConsoleLines(text, log) {
  io.consoleLine += text;
  let nl;
  while ((nl = io.consoleLine.indexOf('\n')) >= 0) {
    log(io.consoleLine.slice(0, nl));
    io.consoleLine = io.consoleLine.slice(nl + 1);
  }
}

// input(): the terminal's line editor; else, for a runtime that can wait
// (pipit), a text field in the running tag's output; else prompt(). The
// prompt itself was already written to stdout.
function readStdin(prompt) {
  if (io.terminal) return io.terminal.readLine(prompt);
  const target = io.target || io.lastTarget;
  if (io.asyncInput && target && !io.toConsole) return inlineInput(target, prompt);
  return typeof window.prompt === 'function' ? window.prompt(prompt) : null;
}

// A text field at the end of [element]; resolves with the line typed when
// Enter is pressed, which then stays in the output as text.
function inlineInput(element, prompt) {
  return new Promise((resolve) => {
    const field = document.createElement('input');
    field.className = 'py-input';
    field.setAttribute('aria-label', prompt || 'input');
    element.append(field);
    field.focus();
    field.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      const line = field.value;
      field.replaceWith(document.createTextNode(`${line}\n`));
      resolve(line);
    });
  });
}

// --- the page's Python-side context ---------------------------------------

// Events handed to Python handlers, by number (py-click="handler").
const pendingEvents = new Map();
let eventSeq = 0;

export function keepEvent(event) {
  pendingEvents.set(++eventSeq, event);
  return eventSeq;
}

// The JS module `_pyscript_platform` the pyscript package reads.
function platformModule(app) {
  return {
    config: app.config,
    configJson: JSON.stringify(app.config),
    runtime: app.runtime.name,
    currentTarget: () => app.currentTarget(),
    takeEvent(id) {
      const event = pendingEvents.get(id);
      pendingEvents.delete(id);
      return event;
    },
  };
}

// The pyscript package's Python files (lib/pyscript), for runtimes that do
// not have it frozen in (MicroPython, Pyodide): pyscript-py.json holds them.
async function installPythonPackage(runtime) {
  if (runtime.name === 'pipit') return;
  const response = await fetch(new URL('pyscript-py.json', BASE));
  if (!response.ok) throw new Error(`pyscript-py.json: HTTP ${response.status}`);
  const files = await response.json();
  const dir = runtime.sitePackages || '/lib';
  for (const [path, text] of Object.entries(files)) runtime.writeFile(`${dir}/${path}`, text);
}

// --- the lifecycle -------------------------------------------------------

let app = null;

// Stops the running Python code (it raises KeyboardInterrupt): for a Stop
// button, `import { interrupt } from './pyscript.js'`.
export function interrupt() {
  if (app?.runtime) app.runtime.interrupt();
}

function setDone() {
  document.dispatchEvent(new CustomEvent('py:all-done'));
  document.documentElement.dataset.pyscript = 'done';
}

// Puts the built-in plugins first (less those the configuration's "!name"
// turns off), then any a page's JS registered already.
function arrangePlugins(config) {
  const builtins = builtinPlugins();
  const disabled = new Set(config.plugins.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
  plugins.splice(0, plugins.length, ...builtins.filter((p) => !disabled.has(p.name)),
    ...plugins.filter((p) => !builtins.includes(p)));
}

// configure for every plugin: the built-ins' at once (the files start
// downloading), the configuration's as they arrive; then beforeLaunch.
async function configurePlugins(config) {
  const userPlugins = loadConfigPlugins(config.plugins);
  for (const plugin of [...plugins]) {
    if (typeof plugin.configure === 'function') await callOne(plugin, 'configure', config);
  }
  for (const plugin of await userPlugins) {
    const instance = registerPlugin(plugin);
    if (typeof instance.configure === 'function') await callOne(instance, 'configure', config);
  }
  await callHook('beforeLaunch', config);
}

// Starts the runtime and gives it the page's context; false if it failed.
async function launch(app) {
  const { runtime } = app;
  try {
    io.asyncInput = runtime.name === 'pipit';
    await runtime.load({ stdout: writeStdout, stderr: writeStderr, stdin: readStdin });
    performance.mark('pipit:ready');
  } catch (error) {
    showBanner(new UserError(ErrorCode.RUNTIME_ERROR, `cannot start the ${runtime.name} runtime: ${error.message}`));
    return false;
  }
  try {
    runtime.registerJsModule('_pyscript_platform', platformModule(app));
    app.platformReady = true;
  } catch (error) {
    console.warn(`pyscript: ${error.message}`);
  }
  await installPythonPackage(runtime).catch((error) => console.warn(`pyscript: ${error.message}`));
  return true;
}

async function main() {
  performance.mark('pipit:start');
  disableWiredControls();
  onBanner((error) => callHook('onUserError', error));
  const early = surelyPipit() ? createPipitRuntime(BASE) : null;
  const config = await readConfig();
  arrangePlugins(config);
  io.toConsole = config.output === 'console';
  const runtime = await makeRuntime(config, early);
  app = {
    config, runtime, io, interpreter: runtime, plugins, callHook, keepEvent, showBanner,
    currentTarget: () => (io.target || io.lastTarget)?.id || null,
    platformReady: false,
  };
  window.pyscript.app = app;
  window.pyscript.config = config;
  await configurePlugins(config);
  if (await launch(app)) {
    await callHook('afterSetup', runtime);
    await callHook('afterStartup', runtime);
    for (const plugin of [...plugins]) {
      if (typeof plugin.run === 'function') await callOne(plugin, 'run', app);
    }
    enableWiredControls();
  }
  setDone();
}

async function callOne(plugin, hook, arg) {
  try {
    await plugin[hook](arg);
  } catch (error) {
    reportPluginError(plugin, hook, error);
  }
}

// The page's handle on the platform, for plugins and scripts.
window.pyscript = Object.assign(window.pyscript || {}, { registerPlugin, interrupt, runtimes, hooks: HOOKS });

main().catch((error) => {
  showBanner(new UserError(ErrorCode.RUNTIME_ERROR, `pyscript: ${error.message}`));
  setDone();
});
