"""General functions for HTML manipulation: escape and unescape."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and quotes if quote is true) by HTML-safe sequences."""
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


_invalid_charrefs = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a',
    0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020',
    0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160',
    0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d',
    0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018', 0x92: '\u2019',
    0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013',
    0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161',
    0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d', 0x9e: '\u017e',
    0x9f: '\u0178',
}

_invalid_codepoints = set(list(range(0x1, 0x9)) + [0xb]
                          + list(range(0xe, 0x20)) + list(range(0x7f, 0xa0))
                          + list(range(0xfdd0, 0xfdf0))
                          + [0xfffe + 0x10000 * k for k in range(17)]
                          + [0xffff + 0x10000 * k for k in range(17)])

_html5 = None
_ALNUM = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')


def _numeric_ref(s, pos):
    """Decode '&#...' at pos; return (text, end) or None."""
    i = pos + 2
    hexa = i < len(s) and s[i] in 'xX'
    if hexa:
        i += 1
    start = i
    digits = '0123456789abcdefABCDEF' if hexa else '0123456789'
    while i < len(s) and s[i] in digits:
        i += 1
    if i == start:
        return None
    num = int(s[start:i], 16 if hexa else 10)
    if i < len(s) and s[i] == ';':
        i += 1
    if num in _invalid_charrefs:
        return _invalid_charrefs[num], i
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD', i
    if num in _invalid_codepoints:
        return '', i
    return chr(num), i


def _named_ref(s, pos):
    """Decode '&name;' at pos with the longest known prefix rule."""
    global _html5
    if _html5 is None:
        from html.entities import html5
        _html5 = html5
    i = pos + 1
    while i < len(s) and s[i] in _ALNUM:
        i += 1
    name = s[pos + 1:i]
    if not name:
        return None
    if i < len(s) and s[i] == ';':
        if name + ';' in _html5:
            return _html5[name + ';'], i + 1
    for x in range(len(name), 1, -1):
        if name[:x] in _html5:
            return _html5[name[:x]], pos + 1 + x
    return None


def unescape(s):
    """Convert all named and numeric character references in s to Unicode."""
    if '&' not in s:
        return s
    out = []
    pos = 0
    while True:
        amp = s.find('&', pos)
        if amp < 0:
            out.append(s[pos:])
            break
        out.append(s[pos:amp])
        if amp + 1 < len(s) and s[amp + 1] == '#':
            result = _numeric_ref(s, amp)
        else:
            result = _named_ref(s, amp)
        if result is None:
            out.append('&')
            pos = amp + 1
        else:
            text, pos = result
            out.append(text)
    return ''.join(out)
