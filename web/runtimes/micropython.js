// The MicroPython runtime adapter (npm @micropython/micropython-webassembly-pyscript,
// copied into runtimes/micropython/ next to pyscript.js; never a CDN). The
// interface is Pipit's adapter's (web/runtimes/pipit.js, docs/runtimes.md).
// [url], if given, is the URL of another micropython.mjs.
import { guessComplete } from './pipit.js';
import { writeFileIn, pythonString } from './pyodide.js';

export function createMicroPythonRuntime(base, url) {
  const moduleUrl = url ? new URL(url, document.baseURI) : new URL('runtimes/micropython/micropython.mjs', base);
  const loader = import(moduleUrl.href);
  const wasmUrl = new URL('micropython.wasm', moduleUrl).href;
  let mp = null;
  const runtime = {
    name: 'micropython',
    version: '',
    sitePackages: '/lib',
    cwd: '/',
    // input() cannot wait for the page here: this build has no way to suspend.
    async load({ stdout, stderr }) {
      const { loadMicroPython } = await loader;
      mp = await loadMicroPython({
        url: wasmUrl,
        heapsize: 16 * 1024 * 1024,
        linebuffer: true,
        // Line-buffered output arrives without its "\n".
        stdout: (line) => stdout(line + '\n'),
        stderr: (line) => stderr(line + '\n'),
      });
      mp.runPython('import sys');
      runtime.version = String(mp.pyimport('sys').version);
      try { mp.FS.mkdir('/lib'); } catch { /* exists */ }
      runtime.py = mp;
      return runtime.version;
    },
    async run(code, { mode } = {}) {
      if (mode === 'single') {
        // compile(..., 'single') prints a trailing expression's value.
        // Its compiler takes no blank lines before an interactive statement.
        mp.globals.set('_pyscript_src', code.replace(/^\n+/, ''));
        code = "exec(compile(_pyscript_src, '<stdin>', 'single'))";
      }
      return mp.runPythonAsync(code);
    },
    writeFile: (path, data) => writeFileIn(mp.FS, path, data),
    readFile: (path, options) => mp.FS.readFile(path, options),
    mkdir: (path) => mp.FS.mkdirTree ? mp.FS.mkdirTree(path) : mp.FS.mkdir(path),
    registerJsModule: (name, object) => mp.registerJsModule(name, object),
    interrupt() { /* MicroPython's wasm build cannot be interrupted from JS */ },
    inputComplete: guessComplete,
    async installPackages(names) {
      // mip fetches from micropython-lib's index; offline pages get its error.
      const list = names.map(pythonString).join(', ');
      await mp.runPythonAsync(`import mip\nfor _n in [${list}]:\n    mip.install(_n)\n`);
    },
  };
  return runtime;
}
