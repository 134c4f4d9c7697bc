// The Pyodide runtime adapter (npm pyodide, copied into runtimes/pyodide/
// next to pyscript.js; never a CDN). The interface is Pipit's adapter's
// (web/runtimes/pipit.js, docs/runtimes.md). [url], if given, is the URL of
// another pyodide.mjs (its files beside it).
import { guessComplete } from './pipit.js';

export function createPyodideRuntime(base, url) {
  const moduleUrl = url ? new URL(url, document.baseURI) : new URL('runtimes/pyodide/pyodide.mjs', base);
  const indexURL = new URL('.', moduleUrl).href;
  // loadPyodide then downloads its files (wasm, stdlib, lock file) in parallel.
  const loader = import(moduleUrl.href);
  let pyodide = null;
  let interruptBuffer = null;
  const runtime = {
    name: 'pyodide',
    version: '',
    sitePackages: '',
    cwd: '/home/pyodide',
    // input() keeps Pyodide's own stdin (window.prompt): it cannot suspend
    // on the main thread to wait for a terminal.
    async load({ stdout, stderr }) {
      const { loadPyodide } = await loader;
      pyodide = await loadPyodide({ indexURL, fullStdLib: false });
      pyodide.setStdout({ write: writer(stdout) });
      pyodide.setStderr({ write: writer(stderr) });
      // Interrupts need a buffer Python polls; without cross-origin isolation
      // a plain array still lets a check between instructions see it.
      interruptBuffer = new Uint8Array(1);
      try { pyodide.setInterruptBuffer(interruptBuffer); } catch { interruptBuffer = null; }
      runtime.version = pyodide.version;
      runtime.sitePackages = pyodide.runPython('import site\nsite.getsitepackages()[0]');
      runtime.py = pyodide;
      return pyodide.version;
    },
    async run(code, { filename = '<exec>', mode } = {}) {
      if (mode === 'single') return runSingle(pyodide, code);
      await pyodide.runPythonAsync(code, { filename });
      return undefined;
    },
    writeFile: (path, data) => writeFileIn(pyodide.FS, path, data),
    readFile: (path, options) => pyodide.FS.readFile(path, options),
    mkdir: (path) => pyodide.FS.mkdirTree(path),
    registerJsModule: (name, object) => pyodide.registerJsModule(name, object),
    interrupt() { if (interruptBuffer) interruptBuffer[0] = 2; },
    inputComplete: guessComplete,
    async installPackages(names) {
      const urls = names.filter((n) => /\.whl$/.test(n));
      const others = names.filter((n) => !/\.whl$/.test(n));
      if (urls.length) await pyodide.loadPackage(urls);
      if (others.length) {
        await pyodide.loadPackage('micropip');
        pyodide.globals.set('_pyscript_packages', others);
        await pyodide.runPythonAsync('import micropip\nawait micropip.install(_pyscript_packages.to_py())');
      }
    },
  };
  return runtime;
}

// A trailing expression's value is printed (repr) as the interactive
// interpreter would; eval_code_async returns it.
async function runSingle(pyodide, code) {
  pyodide.globals.set('_pyscript_src', code);
  await pyodide.runPythonAsync(
    'from pyodide.code import eval_code_async as _pyscript_eval\n' +
    '_pyscript_value = await _pyscript_eval(_pyscript_src, globals(), filename="<stdin>")\n' +
    'if _pyscript_value is not None: print(repr(_pyscript_value))\n' +
    'del _pyscript_value, _pyscript_eval, _pyscript_src\n');
}

// An emscripten FS write that makes the directories on the way.
export function writeFileIn(FS, path, data) {
  const slash = path.lastIndexOf('/');
  if (slash > 0) {
    const dir = path.slice(0, slash);
    if (FS.mkdirTree) FS.mkdirTree(dir);
    else mkdirs(FS, dir);
  }
  FS.writeFile(path, typeof data === 'string' ? data : new Uint8Array(data));
}

function mkdirs(FS, dir) {
  let path = dir.startsWith('/') ? '' : '.';
  for (const part of dir.split('/').filter(Boolean)) {
    path += '/' + part;
    try { FS.mkdir(path); } catch { /* exists */ }
  }
}

// Text chunks from pyodide's raw byte writer.
function writer(sink) {
  const decoder = new TextDecoder();
  return (bytes) => {
    sink(decoder.decode(bytes, { stream: true }));
    return bytes.length;
  };
}

// A Python string literal for [text].
export function pythonString(text) {
  return JSON.stringify(String(text));
}
