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
const WAIT_SLEEP = 1, WAIT_INPUT = 2;
const MODE_FILE = 0;

// Instructions per step; a slice of steps runs until SLICE_MS have passed.
const STEP_BUDGET = 100000;
const SLICE_MS = 8;

const encoder = new TextEncoder();

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

// Imports for every import the module declares: ours and WASI's, and an
// ENOSYS stub for any WASI function not listed (wasi-libc links what it uses).
function buildImports(module, mem, sinks) {
  const wasi = wasiImports(mem, sinks);
  const imports = {
    pipit: {
      write(fd, ptr, len) {
        const sink = sinks[fd] || sinks[1];
        sink(mem.bytes(ptr, len));
      },
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
// input() in runPythonAsync; runPython takes only a plain value); heapLimit
// in bytes.
export async function loadPipit(options = {}) {
  const module = await compileWasm(options);
  const mem = memoryAccess();
  const sinks = {
    1: makeSink(options.stdout, (line) => console.log(line)),
    2: makeSink(options.stderr, (line) => console.error(line)),
  };
  const instance = await WebAssembly.instantiate(module, buildImports(module, mem, sinks));
  const x = instance.exports;
  mem.memory = x.memory;
  x._initialize();
  const vm = x.new(options.heapLimit || 0);
  if (!vm) throw new Error('pipit: cannot create the VM (out of memory)');
  return new PipitRuntime(x, mem, vm, options);
}

// One VM: runs Python source as tasks that share the __main__ namespace.
class PipitRuntime {
  constructor(exports, mem, vm, options) {
    this._x = exports;
    this._mem = mem;
    this._vm = vm;
    this._stdin = options.stdin || defaultStdin;
    this._wake = null; // ends the current time.sleep early
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
  // serving time.sleep with timers and input() with options.stdin. Resolves
  // to undefined; rejects with PythonError.
  async runPythonAsync(code, { filename = '<exec>' } = {}) {
    const task = this._start(code, filename);
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

  // Makes the running task raise KeyboardInterrupt at its next instruction.
  interrupt() {
    this._x.interrupt(this._vm);
    if (this._wake) this._wake(); // cut a time.sleep short
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

  _start(code, filename) {
    const task = this._withCString(filename, (name) =>
      this._withBytes(encoder.encode(code), (src, len) =>
        this._x.start(this._vm, src, len, name, MODE_FILE)));
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
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        this._wake = () => { clearTimeout(timer); resolve(); };
      });
      this._wake = null;
      this._x.resume_none(this._vm, task);
    } else if (kind === WAIT_INPUT) {
      const prompt = this._promptFor(task);
      this._resumeInput(task, await this._stdin(prompt));
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
    } else {
      this._x.resume_none(this._vm, task);
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
    return this._mem.cstring(this._x.error_text(this._vm));
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

// input() in a browser asks with prompt(); elsewhere it gets end of input.
function defaultStdin(promptText) {
  if (typeof globalThis.prompt === 'function') return globalThis.prompt(promptText);
  return null;
}
