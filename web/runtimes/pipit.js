// The Pipit runtime adapter for pyscript.js. Every adapter has the same
// small interface, documented in docs/runtimes.md:
//   name, version             the runtime's name and, once loaded, version
//   load({stdout, stderr, stdin})  downloads and starts the runtime
//   run(code, {filename, mode})    runs code in the shared namespace, time-sliced;
//                             mode 'single' echoes a trailing expression's value
//                             (the interactive interpreter's rule). Rejects
//                             with an Error whose message is the traceback
//   writeFile(path, data), readFile(path), mkdir(path)
//   registerJsModule(name, object)  `import name` in Python gives its proxy
//   interrupt()               KeyboardInterrupt in the running code
//   inputComplete(source)     true, false (more lines) or null (an error): for a REPL;
//                             [source] is the lines so far, each ending in "\n"
//   installPackages(names)    installs packages by name (rejects where it cannot)
//   sitePackages              where pure-Python wheels are unpacked
// [base] is the URL pipit.js and pipit.wasm are found next to; [url], if
// given, is the URL of another pipit.js (pipit.wasm beside it).
export function createPipitRuntime(base, url) {
  const loaderUrl = url ? new URL(url, document.baseURI) : new URL('pipit.js', base);
  // Start both downloads now, before the page's tags are even looked at.
  const loader = import(loaderUrl.href);
  const wasm = compileEarly(new URL('pipit.wasm', loaderUrl));
  let py = null;
  const runtime = {
    name: 'pipit',
    version: '',
    sitePackages: '/lib',
    cwd: '/',
    async load({ stdout, stderr, stdin }) {
      const { loadPipit } = await loader;
      py = await loadPipit({ wasm, stdout, stderr, stdin });
      runtime.version = py.version;
      runtime.py = py;
      return py.version;
    },
    run(code, { filename = '<exec>', mode } = {}) {
      const options = { filename, topLevelAwait: true };
      if (mode === 'single') {
        if (loaderTakesMode(py)) options.mode = 'single';
        else code = `exec(compile(${JSON.stringify(code)}, ${JSON.stringify(filename)}, 'single'))`;
      }
      return py.runPythonAsync(code, options);
    },
    writeFile: (path, data) => py.FS.writeFile(path, data),
    readFile: (path, options) => py.FS.readFile(path, options),
    mkdir: (path) => py.FS.mkdir(path),
    registerJsModule(name, object) {
      if (typeof py.registerJsModule !== 'function')
        throw new Error('this build of pipit.js has no registerJsModule');
      py.registerJsModule(name, object);
    },
    interrupt: () => py.interrupt(),
    inputComplete(source) {
      if (typeof py.inputComplete === 'function') return py.inputComplete(source);
      return exportedComplete(py, source) ?? guessComplete(source);
    },
    async installPackages(names) {
      throw new Error(`pipit installs pure-Python wheels given by URL (a .whl), ` +
        `not packages by name: ${names.join(', ')}`);
    },
  };
  return runtime;
}

// The runtime's own answer (the input_complete export, the compiler's), for
// a loader that has no inputComplete method yet; null when it cannot ask.
function exportedComplete(py, source) {
  const x = py._x;
  if (!x?.input_complete || typeof py._withBytes !== 'function') return null;
  const bytes = new TextEncoder().encode(source);
  const answer = py._withBytes(bytes, (ptr, len) => x.input_complete(py._vm, ptr, len));
  return answer === 0 ? false : answer > 0 ? true : null;
}

// Whether the loader's runPythonAsync takes {mode: 'single'}; an older one
// gets the cell through compile(..., 'single'), which says the same.
function loaderTakesMode(py) {
  return /\bmode\b/.test(String(py.runPythonAsync));
}

// Compiles pipit.wasm while it downloads, overlapping the loader's download.
// A server that does not say application/wasm gets the plain bytes path.
function compileEarly(url) {
  const response = fetch(url);
  if (!WebAssembly.compileStreaming) return response;
  return WebAssembly.compileStreaming(response).catch(() => fetch(url));
}

// Whether a REPL input is complete, when the loader cannot say: a block
// (a line ending in ':' or an open bracket) needs a blank line to end it.
export function guessComplete(source) {
  const lines = source.replace(/\n$/, '').split('\n');
  const last = lines[lines.length - 1];
  let depth = 0;
  for (const ch of source.replace(/#.*$/gm, '')) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
  }
  if (depth > 0 || /\\$/.test(last)) return false;
  const block = lines.some((line) => /:\s*(#.*)?$/.test(line)) || /^\s/.test(last);
  if (block) return last.trim() === '' && lines.length > 1;
  return true;
}
