"""encodings: the codec search function over this package's modules.

Each one-byte codec is a module here (cp1252, koi8_r, ...) holding its
decoding table, imported the first time the codec is looked up. UTF-8,
ASCII, Latin-1 and the UTF-16/32 family are built into str and bytes.
"""

import codecs
from encodings import aliases as _aliases_module

_cache = {}
_unknown = object()


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Collapse each run of characters other than letters, digits and '.'
    into one '_' (leading and trailing runs dropped)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if not c.isascii():
            continue
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    norm = normalize_encoding(encoding)
    modname = _aliases_module.aliases.get(norm) or _aliases_module.aliases.get(
        norm.replace('.', '_'))
    names = [modname, norm] if modname is not None else [norm]
    mod = None
    for name in names:
        if not name or '.' in name:
            continue
        try:
            mod = __import__('encodings.' + name, fromlist=['_'])
        except ImportError:
            continue
        break
    getregentry = getattr(mod, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = getregentry()
    if not isinstance(entry, codecs.CodecInfo):
        if not 4 <= len(entry) <= 7:
            raise CodecRegistryError('module "%s" (%s) failed to register'
                                     % (mod.__name__, mod.__file__))
        entry = codecs.CodecInfo(*entry)
    _cache[encoding] = entry
    return entry


codecs.register(search_function)
