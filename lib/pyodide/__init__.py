"""A small part of Pyodide's API on Pipit: the pyodide.ffi module."""
