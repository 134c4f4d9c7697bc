"""HTML character entity references: html5, name2codepoint, codepoint2name."""
from html._entitydata import DATA as _DATA

__all__ = ['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']

html5 = {}
name2codepoint = {}
codepoint2name = {}
entitydefs = {}


def _load():
    for entry in _DATA.split():
        head, _, hexes = entry.partition(':')
        name = head.rstrip('*+')
        flags = head[len(name):]
        value = ''.join(chr(int(h, 16)) for h in hexes.split('.'))
        html5[name + ';'] = value
        if '*' in flags:
            html5[name] = value
        if '+' in flags:
            name2codepoint[name] = ord(value)
    for name, codepoint in sorted(name2codepoint.items()):
        codepoint2name[codepoint] = name
        entitydefs[name] = chr(codepoint)


_load()
