// The MicroPython and Pyodide adapters, bundled on their own into
// pyscript-runtimes.js: only pages that choose those runtimes download it.
export { createMicroPythonRuntime } from './micropython.js';
export { createPyodideRuntime } from './pyodide.js';
