// The Pipit runtime adapter for pyscript.js. Every runtime adapter is an
// object with the same small interface (docs/web.md):
//   name                      the runtime's name
//   load({stdout, stderr})    downloads and starts the runtime (a promise)
//   run(code, {filename})     runs code in the shared namespace; rejects with
//                             an Error whose message is the traceback
//   writeFile(path, data)     puts a file into the runtime's file system
//   interrupt()               stops the running code (KeyboardInterrupt)
// [base] is the URL pipit.js and pipit.wasm are found next to.
export function createPipitRuntime(base) {
  // Start both downloads now, before the page's tags are even looked at.
  const loader = import(new URL('pipit.js', base).href);
  const wasm = compileEarly(new URL('pipit.wasm', base));
  let py = null;
  return {
    name: 'pipit',
    async load({ stdout, stderr }) {
      const { loadPipit } = await loader;
      py = await loadPipit({ wasm, stdout, stderr });
      return py.version;
    },
    run: (code, { filename = '<exec>' } = {}) => py.runPythonAsync(code, { filename }),
    writeFile: (path, data) => py.FS.writeFile(path, data),
    interrupt: () => py.interrupt(),
  };
}

// Compiles pipit.wasm while it downloads, overlapping the loader's download.
// A server that does not say application/wasm gets the plain bytes path.
function compileEarly(url) {
  const response = fetch(url);
  if (!WebAssembly.compileStreaming) return response;
  return WebAssembly.compileStreaming(response).catch(() => fetch(url));
}
