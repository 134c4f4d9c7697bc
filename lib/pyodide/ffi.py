"""Python and JavaScript values across the bridge (Pipit's `_js` module).

JavaScript objects appear in Python as JsProxy; Python objects handed to
JavaScript become JavaScript proxies. Names follow Pyodide's pyodide.ffi.
"""

try:
    import _js
except ImportError:
    raise ImportError("js is only available in the browser") from None

# Operation codes of the loader's js_op (ports/wasm/pipit.js).
_GETATTR, _SETATTR, _DELATTR, _GETITEM, _SETITEM, _DELITEM = 0, 1, 2, 3, 4, 5
_CALL, _CALLMETHOD, _NEW, _TYPEOF, _STRING, _LENGTH = 6, 7, 8, 9, 10, 11
_HAS, _EQ, _BOOL, _ITER, _NEXT, _KIND, _KEYS, _RELEASE = 12, 13, 14, 15, 16, 17, 18, 19
_NEW_OBJECT, _NEW_ARRAY, _HANDLE_OF, _ID, _INSTANCEOF, _GLOBAL = 20, 21, 22, 23, 24, 25
_ERROR_TEXT, _NULL = 26, 28

_STOP = object()
_js.STOP = _STOP
_op = _js.op


class JsProxy:
    """A JavaScript value seen from Python."""

    def __init__(self, handle):
        object.__setattr__(self, "_h", handle)

    def __del__(self):
        h = self.__dict__.get("_h")
        if h is not None:
            object.__setattr__(self, "_h", None)
            _op(_RELEASE, h)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        v = _op(_GETATTR, self._h, name)
        if v is _STOP:
            raise AttributeError(name)
        return v

    def __setattr__(self, name, value):
        _op(_SETATTR, self._h, name, value)

    def __delattr__(self, name):
        _op(_DELATTR, self._h, name)

    def __getitem__(self, key):
        v = _op(_GETITEM, self._h, key)
        if v is _STOP:
            raise KeyError(key)
        return v

    def __setitem__(self, key, value):
        _op(_SETITEM, self._h, key, value)

    def __delitem__(self, key):
        _op(_DELITEM, self._h, key)

    def __call__(self, *args, **kwargs):
        if kwargs:
            args = args + (to_js(kwargs),)
        return _op(_CALL, self._h, *args)

    def new(self, *args, **kwargs):
        if kwargs:
            args = args + (to_js(kwargs),)
        return _op(_NEW, self._h, *args)

    @property
    def typeof(self):
        return _op(_TYPEOF, self._h)

    @property
    def js_id(self):
        return _op(_ID, self._h)

    def __repr__(self):
        return _op(_STRING, self._h)

    def __str__(self):
        return _op(_STRING, self._h)

    def __len__(self):
        n = _op(_LENGTH, self._h)
        if n is None:
            raise TypeError("object of type 'JsProxy' has no len()")
        return n

    def __contains__(self, key):
        return _op(_HAS, self._h, key)

    def __eq__(self, other):
        if not isinstance(other, JsProxy):
            return NotImplemented
        return _op(_EQ, self._h, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash(_op(_ID, self._h))

    def __bool__(self):
        return _op(_BOOL, self._h)

    def __iter__(self):
        it = _op(_ITER, self._h)
        if it is None:
            raise TypeError("object of type 'JsProxy' is not iterable")
        while True:
            v = _op(_NEXT, it._h)
            if v is _STOP:
                return
            yield v

    def __await__(self):
        import asyncio
        return asyncio.wrap_js_promise(self).__await__()

    def object_entries(self):
        return _op(_CALLMETHOD, _GLOBAL_H, "Object.entries", self)

    def as_object_map(self):
        return {k: self[k] for k in _op(_KEYS, self._h)}

    def to_py(self, *, depth=-1):
        return _to_py(self, depth)

    def destroy(self):
        d = _op(_GETATTR, self._h, "destroy")
        if d is not _STOP and d is not None:
            d()


_GLOBAL_H = 1


def _to_py(v, depth):
    if not isinstance(v, JsProxy) or depth == 0:
        return v
    kind = _op(_KIND, v._h)
    d = depth - 1
    if kind == "array":
        return [_to_py(x, d) for x in v]
    if kind == "map":
        return {_to_py(e[0], d): _to_py(e[1], d) for e in v}
    if kind == "set":
        return {_to_py(x, d) for x in v}
    if kind == "object":
        return {k: _to_py(v[k], d) for k in _op(_KEYS, v._h)}
    return v


class JsException(Exception):
    """A JavaScript error raised into Python."""

    def __init__(self, js_error=None, *args):
        self.js_error = js_error
        if isinstance(js_error, JsProxy):
            text = _op(_ERROR_TEXT, js_error._h)
        elif js_error is None:
            text = ""
        else:
            text = str(js_error)
        super().__init__(text, *args)

    @property
    def name(self):
        e = self.js_error
        return getattr(e, "name", "Error") if isinstance(e, JsProxy) else "Error"

    @property
    def message(self):
        e = self.js_error
        return getattr(e, "message", str(e)) if isinstance(e, JsProxy) else str(e)

    def __str__(self):
        return self.args[0] if self.args else ""


def create_proxy(obj, *, capture_this=False, roundtrip=True):
    """A JavaScript proxy of [obj] that lives until its destroy()."""
    return _op(_HANDLE_OF, 0, obj)


def create_once_callable(obj):
    return create_proxy(obj)


def destroy_proxies(proxies):
    for p in proxies:
        p.destroy()


def _new_array():
    return _op(_NEW_ARRAY, 0)


def to_js(obj, *, depth=-1, pyproxies=None, create_pyproxies=True,
          dict_converter=None, default_converter=None):
    """[obj] converted deeply: lists and tuples to Arrays, dicts to Objects
    (or what dict_converter makes of an Array of [key, value] pairs), sets to
    Sets; other objects become proxies."""
    return _to_js(obj, depth, dict_converter, default_converter)


def _to_js(obj, depth, dict_converter, default_converter):
    if obj is None or isinstance(obj, (bool, int, float, str, JsProxy)) or depth == 0:
        return obj
    d = depth - 1
    if isinstance(obj, (list, tuple)):
        arr = _new_array()
        for x in obj:
            _op(_CALLMETHOD, arr._h, "push", _to_js(x, d, dict_converter, default_converter))
        return arr
    if isinstance(obj, dict):
        if dict_converter is not None:
            pairs = _new_array()
            for k, v in obj.items():
                pair = _new_array()
                _op(_CALLMETHOD, pair._h, "push", _to_js(k, d, dict_converter, default_converter),
                    _to_js(v, d, dict_converter, default_converter))
                _op(_CALLMETHOD, pairs._h, "push", pair)
            return dict_converter(pairs)
        o = _op(_NEW_OBJECT, 0)
        for k, v in obj.items():
            _op(_SETITEM, o._h, k, _to_js(v, d, dict_converter, default_converter))
        return o
    if isinstance(obj, (set, frozenset)):
        s = _op(_NEW, _op(_GETATTR, _GLOBAL_H, "Set")._h)
        for x in obj:
            _op(_CALLMETHOD, s._h, "add", _to_js(x, d, dict_converter, default_converter))
        return s
    if isinstance(obj, (bytes, bytearray)):
        u8 = _op(_GETATTR, _GLOBAL_H, "Uint8Array")
        return u8.new(_to_js(list(obj), 1, None, None))
    if default_converter is not None:
        return default_converter(obj, lambda x: _to_js(x, d, dict_converter, default_converter), None)
    return obj


def _call_task(fn, args):
    _js.result(fn(*args))


def _coroutine_to_js(coro):
    import asyncio
    return asyncio.future_to_js_promise(asyncio.ensure_future(coro))


def _python_error(exc):
    """A JavaScript Error for a Python exception."""
    text = f"{type(exc).__name__}: {exc}"
    err = _op(_GETATTR, _GLOBAL_H, "Error").new(text)
    err.name = "PythonError"
    err.type = type(exc).__name__
    return err


_js.JsProxy = JsProxy
_js.JsException = JsException
_js.call_task = _call_task
_js.coroutine_to_js = _coroutine_to_js
_js.python_error = _python_error

js = JsProxy(_GLOBAL_H)
# JavaScript's null, for where None (undefined) will not do
jsnull = _op(_NULL, 0)

__all__ = ["JsProxy", "JsException", "create_proxy", "create_once_callable",
           "destroy_proxies", "to_js", "jsnull"]


# ---- hooks the loader calls (Bridge.hook in ports/wasm/pipit.js) ----

def _main_dict():
    import sys
    return sys.modules["__main__"].__dict__


def _js_get(obj, key):
    try:
        return getattr(obj, key)
    except AttributeError:
        pass
    try:
        return obj[key]
    except Exception:
        return None


def _js_set(obj, key, value):
    try:
        setattr(obj, key, value)
    except (AttributeError, TypeError):
        obj[key] = value


def _js_has(obj, key):
    if hasattr(obj, key):
        return True
    try:
        return key in obj
    except TypeError:
        return False


def _js_delete(obj, key):
    try:
        delattr(obj, key)
    except (AttributeError, TypeError):
        del obj[key]


def _get_item(obj, key):
    if isinstance(obj, dict):
        return obj.get(key)
    return obj[key]


def _call_kwargs(fn, *args):
    kwargs = args[-1].to_py() if args and isinstance(args[-1], JsProxy) else {}
    return fn(*args[:-1], **kwargs)


_js.main_dict = _main_dict
_js.js_get = _js_get
_js.js_set = _js_set
_js.js_has = _js_has
_js.js_delete = _js_delete
_js.get_item = _get_item
_js.call_kwargs = _call_kwargs
_js.iter = iter
_js.identity = lambda v: v
_js.to_py = lambda v: _to_py(v, -1)
_js.to_js = lambda v: to_js(v)
