"""pyscript.ffi: create_proxy and to_js on whichever runtime runs the page
(Pipit and Pyodide through pyodide.ffi, MicroPython through jsffi)."""

try:
    from pyodide.ffi import create_proxy, to_js, JsProxy, JsException
except ImportError:
    from jsffi import create_proxy, to_js

    class JsException(Exception):
        pass

    JsProxy = None

__all__ = ["create_proxy", "to_js", "JsProxy", "JsException"]
