"""The pyscript package: the page seen from Python.

display() writes values into the page, when() wires event handlers, fetch()
awaits HTTP requests; document, window, config and ffi give the rest. The
same source runs on Pipit, Pyodide and MicroPython: the page platform
registers `_pyscript_platform` (config, the running tag's output element)
before any tag runs.
"""

import json

import js
from js import document

from pyscript.ffi import create_proxy, to_js

try:
    import _pyscript_platform as _platform
except ImportError:
    _platform = None

window = js
RUNNING_IN_WORKER = False

__all__ = ["display", "HTML", "document", "window", "when", "fetch",
           "current_target", "config", "ffi", "RUNNING_IN_WORKER"]


def _read_config():
    if _platform is None:
        return {}
    try:
        text = _platform.configJson
    except AttributeError:
        return {}
    return json.loads(text) if isinstance(text, str) else {}


config = _read_config()


def current_target():
    """The id of the element the running script writes into."""
    if _platform is None:
        return None
    return _platform.currentTarget()


# ---- display ----

def _escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


class HTML:
    """Markup display() shows as HTML (plain strings are shown as text)."""

    def __init__(self, html):
        self._html = html

    def _repr_html_(self):
        return self._html


def _image(mime):
    def render(data):
        if isinstance(data, (bytes, bytearray)):
            import binascii
            data = binascii.b2a_base64(data).decode().strip()
        return f'<img src="data:{mime};base64,{data}">'
    return render


_MIME_RENDERERS = [
    ("_repr_html_", lambda v: v),
    ("_repr_markdown_", lambda v: f"<pre>{_escape(v)}</pre>"),
    ("_repr_svg_", lambda v: v),
    ("_repr_png_", _image("image/png")),
    ("_repr_jpeg_", _image("image/jpeg")),
    ("_repr_latex_", lambda v: f"<pre>{_escape(v)}</pre>"),
    ("_repr_json_", lambda v: f"<pre>{_escape(v if isinstance(v, str) else json.dumps(v))}</pre>"),
    ("_repr_javascript_", lambda v: f"<script>{v}</script>"),
]

_MIME_BUNDLE = {
    "text/html": lambda v: v,
    "image/svg+xml": lambda v: v,
    "image/png": _image("image/png"),
    "image/jpeg": _image("image/jpeg"),
    "application/json": lambda v: f"<pre>{_escape(v if isinstance(v, str) else json.dumps(v))}</pre>",
    "text/plain": _escape,
}


def _to_html(value):
    """The markup that shows [value]: its richest _repr_*_ or escaped text."""
    bundle = getattr(value, "_repr_mimebundle_", None)
    if bundle is not None and not isinstance(value, type):
        data = bundle()
        if isinstance(data, tuple):
            data = data[0]
        for mime, render in _MIME_BUNDLE.items():
            if mime in data:
                return render(data[mime])
    if not isinstance(value, type):
        for method, render in _MIME_RENDERERS:
            meth = getattr(value, method, None)
            if meth is not None:
                out = meth()
                if out is not None:
                    if isinstance(out, tuple):
                        out = out[0]
                    return render(out)
    return _escape(value if isinstance(value, str) else repr(value))


def _element(target):
    if target is None:
        target = current_target()
        if target is None:
            return None
    if not isinstance(target, str):
        return target
    if target.startswith("#"):
        target = target[1:]
    el = document.getElementById(target)
    if el is None:
        raise ValueError(f"Invalid selector with id={target}. Cannot be found in the page.")
    return el


def display(*values, target=None, append=True):
    """Shows each value in the element [target] (an id; default: the
    running script's output): its HTML form when it has one (_repr_html_
    and the like, or HTML(...)), otherwise its text, escaped."""
    el = _element(target)
    if el is None:
        for v in values:
            print(v if isinstance(v, str) else repr(v))
        return
    if not append:
        el.innerHTML = ""
    for v in values:
        html = _to_html(v)
        if append:
            div = document.createElement("div")
            div.innerHTML = html
            el.appendChild(div)
        else:
            el.insertAdjacentHTML("beforeend", html)


# ---- events ----

def _wants_event(func):
    code = getattr(func, "__code__", None)
    n = getattr(code, "co_argcount", None)
    if n is None:
        return None
    if hasattr(func, "__self__"):
        n -= 1
    return n > 0 or bool(getattr(code, "co_flags", 0) & 0x04)


def _elements(selector):
    if isinstance(selector, str):
        return list(document.querySelectorAll(selector))
    if isinstance(selector, (list, tuple)):
        return list(selector)
    return [selector]


def _run_result(result):
    if result is not None and hasattr(result, "send") and hasattr(result, "throw"):
        import asyncio
        return asyncio.ensure_future(result)
    return result


_listeners = []


def when(event_type=None, selector=None):
    """Decorator: call the function on [event_type] events of the elements
    [selector] matches; it may take the event or not, and may be async."""

    def decorator(func):
        wants = _wants_event(func)

        def handler(event):
            if wants is None:
                try:
                    return _run_result(func(event))
                except TypeError:
                    return _run_result(func())
            return _run_result(func(event) if wants else func())

        proxy = create_proxy(handler)
        for el in _elements(selector):
            el.addEventListener(event_type, proxy)
        _listeners.append(proxy)  # kept for the page's lifetime
        return func

    return decorator


# ---- fetch ----

class _Response:
    def __init__(self, response):
        self._response = response
        self.ok = response.ok
        self.status = response.status
        self.statusText = response.statusText
        self.url = response.url
        self.headers = response.headers

    async def text(self):
        return await self._response.text()

    async def json(self):
        return json.loads(await self._response.text())

    async def arrayBuffer(self):
        return await self._response.arrayBuffer()

    async def bytearray(self):
        buf = await self._response.arrayBuffer()
        u8 = js.Uint8Array.new(buf)
        to_bytes = getattr(u8, "to_bytes", None)
        return bytearray(to_bytes() if to_bytes is not None else list(u8))

    async def blob(self):
        return await self._response.blob()

    def __repr__(self):
        return f"<Response [{self.status}]>"


class _Fetch:
    """An awaitable request; its text()/json()/... await the body at once."""

    def __init__(self, url, options):
        self._url = url
        self._options = options

    async def _get(self):
        if self._options:
            response = await js.fetch(self._url, to_js(self._options))
        else:
            response = await js.fetch(self._url)
        return _Response(response)

    def __await__(self):
        return self._get().__await__()

    async def text(self):
        return await (await self._get()).text()

    async def json(self):
        return await (await self._get()).json()

    async def bytearray(self):
        return await (await self._get()).bytearray()

    async def arrayBuffer(self):
        return await (await self._get()).arrayBuffer()


def fetch(url, **options):
    """await fetch(url) gives a response with .ok, .status and async text(),
    json(), bytearray(), arrayBuffer(); options go to JavaScript's fetch."""
    return _Fetch(url, options)


from pyscript import ffi  # noqa: E402
