// pipit.js -- the loader of the Pipit runtime (pipit.wasm), an ES module.
//
//   import { loadPipit } from './pipit.js';
//   const py = await loadPipit({ stdout: (text) => ..., stderr: (text) => ... });
//   py.runPython('print(1 + 1)');            // runs to completion, blocking
//   await py.runPythonAsync('time.sleep(1)'); // time-sliced, never freezes the page
//
// Shaped like MicroPython's loadMicroPython and Pyodide's loadPyodide so one
// page can load and time all three. Works in browsers and in Node.

// Task states reported by the "step" export (src/pipit.h).
const DONE = 1, ERROR = 2, YIELD = 3, WAIT = 4, EXIT = 5;
const WAIT_SLEEP = 1, WAIT_INPUT = 2, WAIT_HOST = 3;
const MODE_FILE = 0, MODE_SINGLE = 1, MODE_TOP_AWAIT = 0x100;

// Instructions per step; a slice of steps runs until SLICE_MS have passed.
const STEP_BUDGET = 100000;
const SLICE_MS = 8;

const encoder = new TextEncoder();
const INTERRUPTED = Symbol('interrupted');

// An uncaught Python exception: message is the traceback CPython would print.
export class PythonError extends Error {
  constructor(traceback) {
    super(traceback);
    this.name = 'PythonError';
    const lines = traceback.trimEnd().split('\n');
    this.type = (lines[lines.length - 1] || '').split(':')[0];
  }
}

// A task ended with SystemExit and a non-zero status.
export class SystemExitError extends Error {
  constructor(code) {
    super(`SystemExit: ${code}`);
    this.name = 'SystemExit';
    this.exitCode = code;
  }
}

// The WebAssembly.Module, from options.wasm (a Module, Response, promise of a
// Response, or bytes) or fetched from options.url (default: pipit.wasm next
// to this file).
async function compileWasm(options) {
  let source = options.wasm;
  if (source === undefined) {
    const url = options.url || new URL('pipit.wasm', import.meta.url);
    source = await readUrl(url);
  }
  source = await source;
  if (source instanceof WebAssembly.Module) return source;
  if (typeof Response !== 'undefined' && source instanceof Response) {
    if (!source.ok) throw new Error(`pipit: cannot load ${source.url}: HTTP ${source.status}`);
    const type = source.headers.get('Content-Type') || '';
    if (WebAssembly.compileStreaming && type.startsWith('application/wasm'))
      return WebAssembly.compileStreaming(source);
    source = await source.arrayBuffer();
  }
  return WebAssembly.compile(source);
}

// fetch() for http(s) URLs; the file system for file: URLs under Node.
async function readUrl(url) {
  const href = String(url);
  if (href.startsWith('file:') && typeof process !== 'undefined' && process.versions?.node) {
    const fs = await import('node:fs/promises');
    return fs.readFile(new URL(href));
  }
  return fetch(href);
}

// Writes to a text callback, decoding UTF-8 split across writes. Without a
// callback, whole lines go to the console.
function makeSink(callback, consoleFn) {
  const decoder = new TextDecoder();
  if (callback) return (bytes) => callback(decoder.decode(bytes, { stream: true }));
  let pending = '';
  return (bytes) => {
    pending += decoder.decode(bytes, { stream: true });
    let nl;
    while ((nl = pending.indexOf('\n')) >= 0) {
      consoleFn(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
    }
  };
}

// The WASI imports wasi-libc needs. Files live in the VM's own VFS, so only
// stdout/stderr, the clock and randomness are real; the rest say "no".
function wasiImports(mem, sinks) {
  const EBADF = 8, ENOSYS = 52, ESPIPE = 70;
  return {
    fd_write(fd, iovs, count, nwrittenPtr) {
      const view = mem.view();
      let total = 0;
      for (let i = 0; i < count; i++) {
        const ptr = view.getUint32(iovs + i * 8, true);
        const len = view.getUint32(iovs + i * 8 + 4, true);
        const sink = sinks[fd];
        if (!sink) return EBADF;
        sink(mem.bytes(ptr, len));
        total += len;
      }
      mem.view().setUint32(nwrittenPtr, total, true);
      return 0;
    },
    fd_close: () => EBADF,
    fd_seek: () => ESPIPE,
    fd_read: () => EBADF,
    fd_fdstat_get: () => EBADF,
    fd_prestat_get: () => EBADF,
    fd_prestat_dir_name: () => EBADF,
    environ_sizes_get(countPtr, sizePtr) {
      const view = mem.view();
      view.setUint32(countPtr, 0, true);
      view.setUint32(sizePtr, 0, true);
      return 0;
    },
    environ_get: () => 0,
    args_sizes_get(countPtr, sizePtr) {
      const view = mem.view();
      view.setUint32(countPtr, 0, true);
      view.setUint32(sizePtr, 0, true);
      return 0;
    },
    args_get: () => 0,
    clock_res_get(id, resPtr) {
      mem.view().setBigUint64(resPtr, 1000n, true);
      return 0;
    },
    clock_time_get(id, precision, timePtr) {
      // 0 is the realtime clock, the others monotonic.
      const ms = id === 0 ? Date.now() : performance.now();
      const ns = BigInt(Math.round(ms * 1000)) * 1000n;
      mem.view().setBigUint64(timePtr, ns, true);
      return 0;
    },
    random_get(ptr, len) {
      const bytes = new Uint8Array(mem.memory.buffer, ptr, len);
      for (let i = 0; i < len; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
      return 0;
    },
    sched_yield: () => 0,
    proc_exit(code) {
      throw new SystemExitError(code);
    },
    _stub: () => ENOSYS,
  };
}

// Access to linear memory; the views are re-made when memory grows (growing
// detaches the old ArrayBuffer).
function memoryAccess() {
  const mem = {
    memory: null,
    buffer: null,
    u8: null,
    dv: null,
    refresh() {
      if (mem.buffer !== mem.memory.buffer) {
        mem.buffer = mem.memory.buffer;
        mem.u8 = new Uint8Array(mem.buffer);
        mem.dv = new DataView(mem.buffer);
      }
    },
    view() { mem.refresh(); return mem.dv; },
    bytes(ptr, len) { mem.refresh(); return mem.u8.subarray(ptr, ptr + len); },
    cstring(ptr) {
      mem.refresh();
      let end = ptr;
      while (mem.u8[end] !== 0) end++;
      return new TextDecoder().decode(mem.u8.subarray(ptr, end));
    },
  };
  return mem;
}

// The standard library on demand. The web build of pipit.wasm carries only
// the names of most lib/ modules; their source lies beside it in lib/, with
// lib/index.json listing each module's lib imports. Before a program runs,
// the loader reads its import statements and fetches, in one parallel round,
// every lib module it needs with what those need; import then finds the
// source here. An import the scan could not see (__import__ of a computed
// name) is fetched synchronously as a last resort.

const IMPORT_RE = /^[ \t]*import[ \t]+([\w. \t,]+)/gm;
const FROM_RE = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([\w \t,*]+)/gm;

// The absolute module names a program's import statements name, with the
// packages on the way down.
function scanImports(code) {
  const names = new Set();
  for (const m of code.matchAll(IMPORT_RE)) {
    for (const item of m[1].split(',')) {
      const name = item.trim().split(/\s+/)[0];
      if (name) names.add(name);
    }
  }
  for (const m of code.matchAll(FROM_RE)) {
    if (m[1].startsWith('.')) continue;
    names.add(m[1]);
    for (const item of m[2].split(',')) {
      const leaf = item.trim().split(/\s+/)[0];
      if (leaf && leaf !== '*') names.add(`${m[1]}.${leaf}`);
    }
  }
  if (/\b(await|async)\b/.test(code)) names.add('asyncio'); // top-level await runs on asyncio
  for (const n of [...names]) {
    const parts = n.split('.');
    for (let i = 1; i < parts.length; i++) names.add(parts.slice(0, i).join('.'));
  }
  return names;
}

// The data files beside the lib modules that the runtime may ask for.
const DATA_FILES = ['unicode_names.bin'];

// [bytes] copied into memory from the module's malloc; its length to
// *lenPtr. The address, or 0 when malloc fails.
function copyIn(mem, exports, bytes, lenPtr) {
  const ptr = exports.malloc(bytes.length || 1);
  if (!ptr) return 0;
  mem.bytes(ptr, bytes.length).set(bytes);
  mem.view().setUint32(lenPtr, bytes.length, true);
  return ptr;
}

class Library {
  constructor(baseUrl) {
    this.base = baseUrl;        // a URL ending in '/'
    this.sources = new Map();   // module name -> source text
    this.files = new Map();     // data file name -> Uint8Array
    this.index = null;          // a promise of index.json's modules
  }

  _url(name, pkg) {
    return new URL(name.replace(/\./g, '/') + (pkg ? '/__init__.py' : '.py'), this.base).href;
  }

  _loadIndex() {
    if (!this.index) {
      this.index = fetch(new URL('index.json', this.base).href)
        .then((r) => (r.ok ? r.json() : { modules: {} }))
        .then((j) => j.modules)
        .catch(() => ({}));
    }
    return this.index;
  }

  // Fetches the lib modules [code] imports and their dependencies.
  async prefetch(code) {
    const wanted = scanImports(code);
    if (wanted.size === 0 && !code.includes('\\N{')) return;
    const modules = wanted.size === 0 ? {} : await this._loadIndex();
    const todo = [...wanted].filter((n) => n in modules);
    const need = new Set();
    while (todo.length) {
      const n = todo.pop();
      if (need.has(n)) continue;
      need.add(n);
      todo.push(...modules[n].deps);
    }
    const files = need.has('unicodedata') || code.includes('\\N{') ? DATA_FILES : [];
    await Promise.all([...need].filter((n) => !this.sources.has(n)).map(async (n) => {
      try {
        const r = await fetch(this._url(n, modules[n].pkg));
        if (r.ok) this.sources.set(n, await r.text());
      } catch {
        // import reports the module as unavailable
      }
    }).concat(files.filter((f) => !this.files.has(f)).map(async (f) => {
      try {
        const r = await fetch(new URL(f, this.base).href);
        if (r.ok) this.files.set(f, new Uint8Array(await r.arrayBuffer()));
      } catch {
        // the runtime goes without
      }
    })));
  }

  // The bytes of the data file [name] now: prefetched, or by a synchronous
  // request (which can only deliver text: bytes as the low 8 bits of chars).
  fileOf(name) {
    if (this.files.has(name)) return this.files.get(name);
    if (typeof XMLHttpRequest === 'undefined') return null;
    try {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', new URL(name, this.base).href, false);
      xhr.overrideMimeType('text/plain; charset=x-user-defined');
      xhr.send();
      if (xhr.status !== 200) return null;
      const text = xhr.responseText;
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
      this.files.set(name, bytes);
      return bytes;
    } catch {
      return null;
    }
  }

  // The source of [name] now: prefetched, or by a synchronous request.
  sourceOf(name, pkg) {
    if (this.sources.has(name)) return this.sources.get(name);
    if (typeof XMLHttpRequest === 'undefined') return null;
    try {
      const xhr = new XMLHttpRequest();
      xhr.open('GET', this._url(name, pkg), false);
      xhr.send();
      if (xhr.status !== 200) return null;
      this.sources.set(name, xhr.responseText);
      return xhr.responseText;
    } catch {
      return null;
    }
  }

  // The wasm import pipit.lib_source(name, is_package, len_ptr) -> ptr.
  importFunction(mem, getExports) {
    return (namePtr, isPackage, lenPtr) => {
      const source = this.sourceOf(mem.cstring(namePtr), isPackage);
      if (source === null) return 0;
      return copyIn(mem, getExports(), new TextEncoder().encode(source), lenPtr);
    };
  }

  // The wasm import pipit.data_file(name, len_ptr) -> ptr.
  dataFunction(mem, getExports) {
    return (namePtr, lenPtr) => {
      const bytes = this.fileOf(mem.cstring(namePtr));
      return bytes === null ? 0 : copyIn(mem, getExports(), bytes, lenPtr);
    };
  }
}

// Imports for every import the module declares: ours and WASI's, and an
// ENOSYS stub for any WASI function not listed (wasi-libc links what it uses).
function buildImports(module, mem, sinks, bridge, library) {
  const wasi = wasiImports(mem, sinks);
  const imports = {
    pipit: {
      write(fd, ptr, len) {
        const sink = sinks[fd] || sinks[1];
        sink(mem.bytes(ptr, len));
      },
      ...bridge.imports(),
      lib_source: library.importFunction(mem, () => library.exports),
      data_file: library.dataFunction(mem, () => library.exports),
    },
    wasi_snapshot_preview1: {},
  };
  for (const imp of WebAssembly.Module.imports(module)) {
    if (imp.module !== 'wasi_snapshot_preview1' || imp.kind !== 'function') continue;
    imports.wasi_snapshot_preview1[imp.name] = wasi[imp.name] || wasi._stub;
  }
  return imports;
}

// Yield to the event loop without setTimeout's 4 ms clamp.
function nextTick() {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { channel.port1.close(); resolve(); };
    channel.port2.postMessage(0);
  });
}

function now() {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

// Loads pipit.wasm and makes a VM. Options: url (of pipit.wasm) or wasm (a
// Module, Response, promise or bytes); stdout(text) and stderr(text);
// stdin(prompt) -> a line, null at end of input, or a promise of either (for
// input() in runPythonAsync; runPython takes only a plain value); without
// stdin, inputElement() -> the element where input() shows a text field (or
// null: prompt()); heapLimit in bytes.
export async function loadPipit(options = {}) {
  const module = await compileWasm(options);
  const mem = memoryAccess();
  const sinks = {
    1: makeSink(options.stdout, (line) => console.log(line)),
    2: makeSink(options.stderr, (line) => console.error(line)),
  };
  const bridge = new Bridge(mem);
  const library = new Library(new URL(options.libUrl || 'lib/', options.url
    ? new URL(options.url, typeof document !== 'undefined' ? document.baseURI : import.meta.url)
    : import.meta.url));
  const instance = await WebAssembly.instantiate(module,
    buildImports(module, mem, sinks, bridge, library));
  const x = instance.exports;
  library.exports = x;
  mem.memory = x.memory;
  x._initialize();
  const vm = x.new(options.heapLimit || 0);
  if (!vm) throw new Error('pipit: cannot create the VM (out of memory)');
  const runtime = new PipitRuntime(x, mem, vm, options);
  runtime._library = library;
  bridge.attach(runtime);
  runtime._bridge = bridge;
  return runtime;
}

// One VM: runs Python source as tasks that share the __main__ namespace.
class PipitRuntime {
  constructor(exports, mem, vm, options) {
    this._x = exports;
    this._mem = mem;
    this._vm = vm;
    this._stdin = options.stdin || inputStdin(options.inputElement);
    this._wakers = new Set(); // each ends a task's wait early (interrupt)
    this._stderr = options.stderr || ((text) => console.error(text));
    this.version = mem.cstring(exports.version());
    this.FS = {
      writeFile: (path, data) => this._writeFile(path, data),
      readFile: (path, opts) => this._readFile(path, opts),
      mkdir: (path) => this._withCString(path, (p) => this._check(this._x.vfs_mkdir(this._vm, p), path)),
    };
  }

  // Runs [code] to the end on the caller's stack: sleeps block, input comes
  // from options.stdin synchronously. Returns undefined; throws PythonError.
  runPython(code, { filename = '<exec>' } = {}) {
    const task = this._start(code, filename);
    for (;;) {
      const state = this._x.step(this._vm, task, 0);
      if (state !== WAIT) return this._finish(state);
      this._serveWaitSync(task);
    }
  }

  // Runs [code] in slices, giving the browser back control between them,
  // serving time.sleep with timers, input() with options.stdin and awaits of
  // JavaScript promises. With topLevelAwait (the default) the code may await
  // at the top level; mode 'single' runs it as interactive input (expression
  // values echo). Resolves to undefined; rejects with PythonError.
  async runPythonAsync(code, { filename = '<exec>', topLevelAwait = true, mode = 'exec' } = {}) {
    await this.loadImports(code);
    const base = mode === 'single' ? MODE_SINGLE : MODE_FILE;
    const task = this._start(code, filename, base | (topLevelAwait ? MODE_TOP_AWAIT : 0));
    return this._runTask(task);
  }

  // Steps [task] in slices to its end; resolves to undefined.
  async _runTask(task) {
    for (;;) {
      const state = this._runSlice(task);
      if (state === YIELD) {
        await nextTick();
      } else if (state === WAIT) {
        await this._serveWait(task);
      } else {
        return this._finish(state);
      }
    }
  }

  // Fetches the standard-library modules [code] imports (and what they
  // import), so that import finds them without waiting; runPythonAsync does
  // this itself. Resolves when they are in place.
  loadImports(code) {
    return this._library.prefetch(code);
  }

  // Makes the running task raise KeyboardInterrupt at its next instruction.
  interrupt() {
    this._x.interrupt(this._vm);
    for (const wake of [...this._wakers]) wake(); // cut waits short
  }

  // Makes `import name` in Python give a proxy of [jsObject].
  registerJsModule(name, jsObject) {
    this._bridge.ensure();
    const h = this._bridge.handle(jsObject);
    this.runPython(`import sys, pyodide.ffi\nsys.modules[${JSON.stringify(String(name))}] = pyodide.ffi.JsProxy(${h})\n`,
      { filename: '<registerJsModule>' });
  }

  // The __main__ namespace: globals.get(name), globals.set(name, value).
  get globals() {
    this._bridge.ensure();
    return this._bridge.hook('main_dict', []);
  }

  // Calls a Python callable (a proxy of one) as a task of its own.
  async callPython(fn, ...args) {
    this._bridge.ensure();
    const pyh = this._bridge.pyHandleOf(fn);
    if (pyh === undefined) throw new TypeError('callPython: not a Python callable');
    return this._bridge.callAsTask(pyh, args, true);
  }

  // A JavaScript value converted deeply to Python (arrays to lists, plain
  // objects and Maps to dicts), as a proxy of the Python object.
  toPy(value) {
    this._bridge.ensure();
    return this._bridge.hook('to_py', [value]);
  }

  // A proxy of a Python object converted deeply to JavaScript.
  toJs(value, options = {}) {
    this._bridge.ensure();
    return this._bridge.hook('to_js', [value]);
  }

  // Counts of the objects each side holds for the other (leak checks).
  bridgeStats() {
    return this._bridge.stats();
  }

  // Steps [task] until it stops yielding or SLICE_MS have passed.
  _runSlice(task) {
    const until = now() + SLICE_MS;
    let state;
    do {
      state = this._x.step(this._vm, task, STEP_BUDGET);
    } while (state === YIELD && now() < until);
    return state;
  }

  _start(code, filename, mode = MODE_FILE) {
    const task = this._withCString(filename, (name) =>
      this._withBytes(encoder.encode(code), (src, len) =>
        this._x.start(this._vm, src, len, name, mode)));
    if (task < 0) throw new PythonError(this._errorText());
    return task;
  }

  _finish(state) {
    if (state === DONE) return undefined;
    if (state === EXIT) {
      const code = this._x.exit_code(this._vm);
      if (code === 0) return undefined;
      throw new SystemExitError(code);
    }
    throw new PythonError(this._errorText());
  }

  async _serveWait(task) {
    const kind = this._x.wait_kind(this._vm, task);
    if (kind === WAIT_SLEEP) {
      const ms = this._x.wait_seconds(this._vm, task) * 1000;
      let wake;
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => { clearTimeout(timer); resolve(); };
        this._wakers.add(wake);
      });
      this._wakers.delete(wake);
      this._x.resume_none(this._vm, task);
    } else if (kind === WAIT_INPUT) {
      const prompt = this._promptFor(task);
      const line = await this._interruptible(Promise.resolve(this._stdin(prompt)));
      if (line !== INTERRUPTED) this._resumeInput(task, line);
    } else if (kind === WAIT_HOST) {
      await this._bridge.serveWait(task);
    } else {
      this._x.resume_none(this._vm, task);
    }
  }

  _serveWaitSync(task) {
    const kind = this._x.wait_kind(this._vm, task);
    if (kind === WAIT_SLEEP) {
      const until = now() + this._x.wait_seconds(this._vm, task) * 1000;
      while (now() < until) { /* the synchronous API blocks, by design */ }
      this._x.resume_none(this._vm, task);
    } else if (kind === WAIT_INPUT) {
      const prompt = this._promptFor(task);
      const line = this._stdin(prompt);
      if (line instanceof Promise) throw new Error('pipit: input() needs runPythonAsync with an async stdin');
      this._resumeInput(task, line);
    } else if (kind === WAIT_HOST) {
      // a promise cannot be waited for on the caller's stack
      const error = new Error('runPython cannot wait for a JavaScript promise: use runPythonAsync');
      this._x.bridge_resume_error(task, this._bridge.handle(error));
    } else {
      this._x.resume_none(this._vm, task);
    }
  }

  // [promise]'s value, or INTERRUPTED when interrupt() comes first (the
  // task then raises KeyboardInterrupt where it waits).
  async _interruptible(promise) {
    let wake;
    const stop = new Promise((resolve) => { wake = () => resolve(INTERRUPTED); });
    this._wakers.add(wake);
    try {
      return await Promise.race([promise, stop]);
    } finally {
      this._wakers.delete(wake);
    }
  }

  // input()'s prompt (input() has already written it to stdout).
  _promptFor(task) {
    const ptr = this._x.wait_text(this._vm, task);
    return ptr ? this._mem.cstring(ptr) : '';
  }

  // input() returns the string it is resumed with: the line without its
  // "\n". End of input (null) makes input() raise EOFError.
  _resumeInput(task, line) {
    if (line === null || line === undefined) {
      this._x.resume_eof(this._vm, task);
      return;
    }
    const text = String(line).replace(/\r?\n$/, '');
    this._withBytes(encoder.encode(text), (ptr, len) => this._x.resume_str(this._vm, task, ptr, len));
  }

  _writeFile(path, data) {
    const bytes = typeof data === 'string' ? encoder.encode(data) : new Uint8Array(data);
    this._withCString(path, (p) =>
      this._withBytes(bytes, (ptr, len) => this._check(this._x.vfs_write(this._vm, p, ptr, len), path)));
  }

  // The file's bytes, or its text with {encoding: 'utf8'}.
  _readFile(path, { encoding } = {}) {
    const lenPtr = this._alloc(4);
    try {
      const ptr = this._withCString(path, (p) => this._x.vfs_read(this._vm, p, lenPtr));
      if (!ptr) throw new Error(`No such file or directory: '${path}'`);
      const len = this._mem.view().getUint32(lenPtr, true);
      const bytes = this._mem.bytes(ptr, len).slice();
      this._x.free(ptr);
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    } finally {
      this._x.free(lenPtr);
    }
  }

  _check(rc, path) {
    if (rc < 0) throw new Error(`pipit: file system error ${rc} for '${path}'`);
    return rc;
  }

  _errorText() {
    return cleanTraceback(this._mem.cstring(this._x.error_text(this._vm)));
  }

  _alloc(size) {
    const ptr = this._x.malloc(size);
    if (!ptr) throw new Error('pipit: out of memory');
    return ptr;
  }

  // Calls fn(ptr, len) with [bytes] copied into wasm memory, NUL-terminated.
  _withBytes(bytes, fn) {
    const ptr = this._alloc(bytes.length + 1);
    try {
      const dest = this._mem.bytes(ptr, bytes.length + 1);
      dest.set(bytes);
      dest[bytes.length] = 0;
      return fn(ptr, bytes.length);
    } finally {
      this._x.free(ptr);
    }
  }

  _withCString(text, fn) {
    return this._withBytes(encoder.encode(text), (ptr) => fn(ptr));
  }
}

// input() without a stdin option: an inline field in the element
// inputElement() returns (where the output goes), else prompt().
function inputStdin(inputElement) {
  if (typeof inputElement !== 'function') return defaultStdin;
  return (promptText) => {
    const element = inputElement();
    return element ? inlineInput(element, promptText) : defaultStdin(promptText);
  };
}

// A text field at the end of [element]; resolves with the line typed when
// Enter is pressed, which then stays in the output as text.
export function inlineInput(element, promptText = '') {
  return new Promise((resolve) => {
    const field = document.createElement('input');
    field.className = 'py-input';
    field.setAttribute('aria-label', promptText || 'input');
    element.appendChild(field);
    field.focus();
    field.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      const line = field.value;
      field.replaceWith(document.createTextNode(`${line}\n`));
      resolve(line);
    });
  });
}

// input() in a browser asks with prompt(); elsewhere it gets end of input.
function defaultStdin(promptText) {
  if (typeof globalThis.prompt === 'function') return globalThis.prompt(promptText);
  return null;
}

// ---- the js bridge (src/modules/jsbridge.c, lib/pyodide/ffi.py) ----

// Result tags of js_op (JR_* in jsbridge.c).
const JR_NONE = 0, JR_FALSE = 1, JR_TRUE = 2, JR_INT = 3, JR_FLOAT = 4, JR_STR = 5,
  JR_BIGINT = 6, JR_HANDLE = 7, JR_PY = 8, JR_ERROR = 9, JR_STOP = 10;
// Operations on JavaScript values (the _GETATTR... codes of lib/pyodide/ffi.py).
const JS_OP = {
  GETATTR: 0, SETATTR: 1, DELATTR: 2, GETITEM: 3, SETITEM: 4, DELITEM: 5, CALL: 6,
  CALLMETHOD: 7, NEW: 8, TYPEOF: 9, STRING: 10, LENGTH: 11, HAS: 12, EQ: 13, BOOL: 14,
  ITER: 15, NEXT: 16, KIND: 17, KEYS: 18, RELEASE: 19, NEW_OBJECT: 20, NEW_ARRAY: 21,
  HANDLE_OF: 22, ID: 23, INSTANCEOF: 24, ERROR_TEXT: 26, NULL: 28,
};
// Operations on Python values (PY_OP_* in jsbridge.c).
const PY_OP = {
  GETATTR: 0, SETATTR: 1, DELATTR: 2, GETITEM: 3, SETITEM: 4, DELITEM: 5, CONTAINS: 6,
  LEN: 7, CALL: 8, REPR: 9, STR: 10, ITER: 11, NEXT: 12, TYPE: 13, BOOL: 14, HOOK: 15,
  HASATTR: 16,
};
const STOP = Symbol('stop');
const GLOBAL_HANDLE = 1;

// Both directions of the bridge: JavaScript values Python holds (a handle
// table) and proxies of Python values JavaScript holds (released when
// JavaScript drops them, or by destroy()).
class Bridge {
  constructor(mem) {
    this.mem = mem;
    this.handles = [undefined, globalThis]; // 0 is never a handle
    this.thisOf = [];                       // the object a method was read from
    this.free = [];
    this.stack = [];                        // operands pushed by C
    this.results = new Map();               // task -> its result (js_result)
    this.pyIds = new WeakMap();             // proxy -> Python handle
    this.objectIds = new WeakMap();
    this.nextObjectId = 1;
    this.ready = false;
    this.registry = typeof FinalizationRegistry !== 'undefined'
      ? new FinalizationRegistry((pyh) => this.releasePy(pyh)) : null;
  }

  attach(runtime) {
    this.rt = runtime;
    this.x = runtime._x;
    this.area = this.x.bridge_result_area ? this.x.bridge_result_area() : 0;
  }

  // Imports the Python side once, before the first crossing.
  ensure() {
    if (this.ready) return;
    if (!this.x.bridge_py_op) throw new Error('pipit: this build has no js bridge');
    this.rt.runPython('import pyodide.ffi\n', { filename: '<bridge>' });
    this.ready = true;
  }

  handle(value, self) {
    const h = this.free.length ? this.free.pop() : this.handles.length;
    this.handles[h] = value;
    this.thisOf[h] = self;
    return h;
  }

  release(h) {
    if (h <= GLOBAL_HANDLE || h >= this.handles.length) return;
    this.handles[h] = undefined;
    this.thisOf[h] = undefined;
    this.free.push(h);
  }

  stats() {
    return {
      pyHandles: this.x.bridge_py_handles ? this.x.bridge_py_handles() : 0,
      jsHandles: this.handles.length - this.free.length - 2,
    };
  }

  imports() {
    const push = (v) => { this.stack.push(v); };
    return {
      js_push_none: () => push(undefined),
      js_push_bool: (b) => push(b !== 0),
      js_push_num: (d) => push(d),
      js_push_str: (ptr, len) => push(decodeUtf8(this.mem.bytes(ptr, len))),
      js_push_bigint: (ptr, len) => push(BigInt(decodeUtf8(this.mem.bytes(ptr, len)))),
      js_push_handle: (h) => push(this.handles[h]),
      js_push_py: (pyh, callable) => push(this.pyProxy(pyh, callable !== 0)),
      js_op: (op, h, nargs) => this.jsOp(op, h, nargs),
      js_result: (task) => { this.results.set(task, this.stack.pop()); },
    };
  }

  // ---- Python acting on JavaScript values ----

  jsOp(op, h, nargs) {
    const args = nargs ? this.stack.splice(this.stack.length - nargs, nargs) : [];
    if (op < 0) return JR_NONE;
    try {
      return this.setResult(this.perform(op, h, args));
    } catch (error) {
      this.setHandle(this.handle(error));
      return JR_ERROR;
    }
  }

  perform(op, h, args) {
    const o = this.handles[h];
    switch (op) {
      case JS_OP.GETATTR: {
        const key = args[0];
        if (o === null || o === undefined || !(key in Object(o))) return STOP;
        const v = o[key];
        return typeof v === 'function' ? new Boxed(v, o) : v;
      }
      case JS_OP.SETATTR: o[args[0]] = args[1]; return undefined;
      case JS_OP.DELATTR: delete o[args[0]]; return undefined;
      case JS_OP.GETITEM: {
        const key = args[0];
        if (o instanceof Map) return o.has(key) ? o.get(key) : STOP;
        if (typeof o.get === 'function' && !Array.isArray(o) && !(key in Object(o))) {
          const v = o.get(key);
          return v === undefined ? STOP : v;
        }
        return key in Object(o) ? o[key] : STOP;
      }
      case JS_OP.SETITEM:
        if (o instanceof Map) o.set(args[0], args[1]); else o[args[0]] = args[1];
        return undefined;
      case JS_OP.DELITEM:
        if (o instanceof Map) o.delete(args[0]); else delete o[args[0]];
        return undefined;
      case JS_OP.CALL: return Reflect.apply(o, this.thisOf[h], args);
      case JS_OP.CALLMETHOD: {
        const path = String(args[0]).split('.');
        let self = o;
        for (const part of path.slice(0, -1)) self = self[part];
        const fn = self[path[path.length - 1]];
        return Reflect.apply(fn, self, args.slice(1));
      }
      case JS_OP.NEW: return Reflect.construct(o, args);
      case JS_OP.TYPEOF: return typeof o;
      case JS_OP.STRING: return safeString(o);
      case JS_OP.LENGTH:
        if (typeof o.length === 'number') return o.length;
        if (typeof o.size === 'number') return o.size;
        return undefined;
      case JS_OP.HAS: {
        const key = args[0];
        if (o instanceof Map || o instanceof Set) return o.has(key);
        if (Array.isArray(o) || ArrayBuffer.isView(o)) return Array.prototype.includes.call(o, key);
        if (typeof o.has === 'function') return !!o.has(key);
        if (typeof o.contains === 'function') return !!o.contains(key);
        return key in Object(o);
      }
      case JS_OP.EQ: return o === args[0];
      case JS_OP.BOOL:
        if (typeof o === 'function') return true;
        if (Array.isArray(o) || ArrayBuffer.isView(o)) return o.length > 0;
        if (o instanceof Map || o instanceof Set) return o.size > 0;
        return !!o;
      case JS_OP.ITER: {
        if (o !== null && o !== undefined && typeof o[Symbol.iterator] === 'function') return new Boxed(o[Symbol.iterator]());
        if (o !== null && typeof o === 'object' && typeof o.next === 'function') return new Boxed(o);
        return undefined;
      }
      case JS_OP.NEXT: {
        const r = o.next();
        return r.done ? STOP : r.value;
      }
      case JS_OP.KIND:
        if (Array.isArray(o)) return 'array';
        if (o instanceof Map) return 'map';
        if (o instanceof Set) return 'set';
        if (o !== null && typeof o === 'object') {
          const proto = Object.getPrototypeOf(o);
          if (proto === null || proto === Object.prototype) return 'object';
        }
        return 'other';
      case JS_OP.KEYS: return Object.keys(o);
      case JS_OP.RELEASE: this.release(h); return undefined;
      case JS_OP.NEW_OBJECT: return {};
      case JS_OP.NEW_ARRAY: return [];
      case JS_OP.HANDLE_OF: return new Boxed(args[0]);
      case JS_OP.NULL: return new Boxed(null);
      case JS_OP.ID: {
        if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return safeString(o);
        let id = this.objectIds.get(o);
        if (!id) { id = this.nextObjectId++; this.objectIds.set(o, id); }
        return id;
      }
      case JS_OP.INSTANCEOF: return o instanceof args[0];
      case JS_OP.ERROR_TEXT:
        if (o instanceof Error) return o.message === '' ? String(o.name) : `${o.name}: ${o.message}`;
        return safeString(o);
      default: throw new Error(`pipit: unknown js operation ${op}`);
    }
  }

  // Encodes [v] for C (result_area: f64 num, i32 handle, i32 ptr, i32 len).
  setResult(v) {
    if (v === STOP) return JR_STOP;
    if (v === undefined || v === null) return JR_NONE;
    if (typeof v === 'boolean') return v ? JR_TRUE : JR_FALSE;
    if (typeof v === 'number') {
      this.mem.view().setFloat64(this.area, v, true);
      return Number.isSafeInteger(v) ? JR_INT : JR_FLOAT;
    }
    if (typeof v === 'string') { this.setString(v); return JR_STR; }
    if (typeof v === 'bigint') { this.setString(v.toString()); return JR_BIGINT; }
    if (v instanceof Boxed) {
      // a method keeps the object it came from; a forced value stays a handle
      const pyh = v.self !== undefined ? this.pyIds.get(v.value) : undefined;
      if (pyh !== undefined) { this.setHandle(pyh); return JR_PY; }
      this.setHandle(this.handle(v.value, v.self));
      return JR_HANDLE;
    }
    const pyh = this.pyIds.get(v);
    if (pyh !== undefined) { this.setHandle(pyh); return JR_PY; }
    this.setHandle(this.handle(v));
    return JR_HANDLE;
  }

  setHandle(h) { this.mem.view().setInt32(this.area + 8, h, true); }

  setString(s) {
    const bytes = encoder.encode(s);
    const ptr = this.x.malloc(bytes.length + 1);
    if (!ptr) throw new Error('pipit: out of memory');
    this.mem.bytes(ptr, bytes.length).set(bytes);
    const view = this.mem.view();
    view.setInt32(this.area + 12, ptr, true);
    view.setInt32(this.area + 16, bytes.length, true);
  }

  // ---- JavaScript acting on Python values ----

  // Hands [v] to Python as the next operand.
  argIn(v) {
    const x = this.x;
    if (v === undefined || v === null) return x.bridge_arg_none();
    if (typeof v === 'boolean') return x.bridge_arg_bool(v ? 1 : 0);
    if (typeof v === 'number') return Number.isSafeInteger(v) ? x.bridge_arg_int(v) : x.bridge_arg_float(v);
    if (typeof v === 'string' || typeof v === 'bigint') {
      const bytes = encoder.encode(String(v));
      const ptr = this.rt._alloc(bytes.length + 1);
      this.mem.bytes(ptr, bytes.length).set(bytes);
      if (typeof v === 'string') x.bridge_arg_str(ptr, bytes.length);
      else x.bridge_arg_bigint(ptr, bytes.length);
      x.free(ptr);
      return undefined;
    }
    const pyh = this.pyIds.get(v);
    if (pyh !== undefined) return x.bridge_arg_py(pyh);
    return x.bridge_arg_handle(this.handle(v));
  }

  // Runs Python operation [op] on handle [pyh] to completion.
  pyOp(op, pyh, args, hookName) {
    for (const a of args) this.argIn(a);
    if (hookName !== undefined) this.setString(hookName);
    const status = this.x.bridge_py_op(op, pyh, args.length);
    if (status === 2) return STOP;
    const v = this.stack.pop();
    if (status === 1) throw new PythonError(cleanTraceback(v));
    return v;
  }

  // Calls bridge hook [name] (a function lib/pyodide/ffi.py puts on _js).
  hook(name, args) {
    return this.pyOp(PY_OP.HOOK, 0, args, name);
  }

  pyHandleOf(v) { return this.pyIds.get(v); }

  releasePy(pyh) {
    if (this.x) this.x.bridge_py_release(pyh);
  }

  // Calls Python callable [pyh]. Inside Python (JavaScript called from
  // Python) it runs to completion on the spot; otherwise as a task of its
  // own: its result comes back at once when it ends within one slice, else
  // as a promise (always a promise with [async]).
  callAsTask(pyh, args, async = false) {
    if (this.x.bridge_busy()) {
      const r = this.pyOp(PY_OP.CALL, pyh, args);
      return async ? Promise.resolve(r) : r;
    }
    for (const a of args) this.argIn(a);
    const task = this.x.bridge_start_call(pyh, args.length);
    if (task < 0) throw new PythonError(this.stack.pop());
    const state = this.rt._runSlice(task);
    if (state === DONE || state === ERROR || state === EXIT) {
      if (async) return new Promise((resolve) => resolve(this.taskResult(task, state)));
      return this.taskResult(task, state);
    }
    const rest = (async () => {
      let s = state;
      for (;;) {
        if (s === YIELD) await nextTick();
        else if (s === WAIT) await this.rt._serveWait(task);
        else return this.taskResult(task, s);
        s = this.rt._runSlice(task);
      }
    })();
    if (!async) rest.catch((error) => this.rt._stderr(`${error.message}\n`));
    return rest;
  }

  taskResult(task, state) {
    const value = this.results.get(task);
    this.results.delete(task);
    this.rt._finish(state);
    return value;
  }

  // Serves PIPIT_WAIT_HOST: the task waits for the promise whose handle
  // is the wait's number, then resumes with its value or its error.
  async serveWait(task) {
    const h = this.x.wait_seconds(this.rt._vm, task);
    const promise = this.handles[h];
    const outcome = await this.rt._interruptible(Promise.resolve(promise).then(
      (value) => ({ value }), (error) => ({ error, failed: true })));
    if (outcome === INTERRUPTED) return;
    if (outcome.failed) {
      this.x.bridge_resume_error(task, this.handle(outcome.error));
    } else {
      this.argIn(outcome.value);
      this.x.bridge_resume(task);
    }
  }

  // A JavaScript proxy of Python handle [pyh]: attributes, items, calls,
  // iteration; destroy() releases it, and so does dropping it.
  pyProxy(pyh, callable) {
    const bridge = this;
    let destroyed = false;
    const check = () => { if (destroyed) throw new Error('This borrowed proxy was automatically destroyed'); };
    const special = {
      destroy: () => {
        if (destroyed) return;
        destroyed = true;
        if (bridge.registry) bridge.registry.unregister(proxy);
        bridge.releasePy(pyh);
      },
      toString: () => { check(); return bridge.pyOp(PY_OP.STR, pyh, []); },
      toJs: () => { check(); return bridge.hook('to_js', [proxy]); },
      copy: () => { check(); return bridge.hook('identity', [proxy]); },
      get: (key) => { check(); return bridge.hook('get_item', [proxy, key]); },
      set: (key, value) => { check(); bridge.pyOp(PY_OP.SETITEM, pyh, [key, value]); },
      has: (key) => { check(); return bridge.pyOp(PY_OP.CONTAINS, pyh, [key]); },
      delete: (key) => { check(); bridge.pyOp(PY_OP.DELITEM, pyh, [key]); },
      call: (self, ...args) => { check(); return bridge.callAsTask(pyh, args); },
      apply: (self, args) => { check(); return bridge.callAsTask(pyh, Array.from(args || [])); },
      callKwargs: (...args) => { check(); return bridge.hook('call_kwargs', [proxy, ...args]); },
    };
    const target = callable ? () => {} : {};
    const proxy = new Proxy(target, {
      get(t, key) {
        if (key === Symbol.iterator) {
          return function* iterate() {
            check();
            const it = bridge.hook('iter', [proxy]);
            const itH = bridge.pyIds.get(it);
            try {
              for (;;) {
                const v = bridge.pyOp(PY_OP.NEXT, itH, []);
                if (v === STOP) return;
                yield v;
              }
            } finally {
              it.destroy();
            }
          };
        }
        if (key === Symbol.toStringTag) return 'PyProxy';
        if (typeof key === 'symbol') return undefined;
        if (key === 'then') return undefined;
        if (key === 'type') return bridge.pyOp(PY_OP.TYPE, pyh, []);
        if (key === 'length') {
          check();
          try { return bridge.pyOp(PY_OP.LEN, pyh, []); } catch { return undefined; }
        }
        if (Object.prototype.hasOwnProperty.call(special, key)) return special[key];
        check();
        return bridge.hook('js_get', [proxy, key]);
      },
      set(t, key, value) {
        check();
        bridge.hook('js_set', [proxy, key, value]);
        return true;
      },
      has(t, key) {
        check();
        if (typeof key === 'symbol') return key === Symbol.iterator;
        if (Object.prototype.hasOwnProperty.call(special, key)) return true;
        return bridge.hook('js_has', [proxy, key]);
      },
      deleteProperty(t, key) {
        check();
        bridge.hook('js_delete', [proxy, key]);
        return true;
      },
      apply(t, self, args) {
        check();
        return bridge.callAsTask(pyh, args);
      },
    });
    this.pyIds.set(proxy, pyh);
    if (this.registry) this.registry.register(proxy, pyh, proxy);
    return proxy;
  }
}

// A value that must reach Python as a handle (with the object a method was
// read from, to call it on).
class Boxed {
  constructor(value, self) {
    this.value = value;
    this.self = self;
  }
}

// A traceback without the frames of the machinery between JavaScript and
// the program (the bridge's call_task, asyncio running a page's top-level
// await), as CPython shows a script's own frames only.
function cleanTraceback(text) {
  if (!text.includes('<frozen ')) return text;
  const lines = text.split('\n');
  const kept = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^  File "<frozen (asyncio|pyodide\.ffi)>"/.test(lines[i])) {
      while (i + 1 < lines.length && lines[i + 1].startsWith('    ')) i++;
      continue;
    }
    kept.push(lines[i]);
  }
  return kept.join('\n');
}

function decodeUtf8(bytes) {
  return new TextDecoder().decode(bytes);
}

function safeString(v) {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
