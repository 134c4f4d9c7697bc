"""The JavaScript global object (globalThis), in the browser only."""
import sys

from pyodide.ffi import js as _global

sys.modules["js"] = _global
