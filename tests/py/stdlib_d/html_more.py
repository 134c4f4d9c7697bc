import html
from html import entities
print(html.escape(''), html.escape('plain'), html.escape('&amp;'), html.escape("'", quote=True), html.escape('"', False))
for s in ['&lt;script&gt;', '&#60;&#x3C;&#X3c;', '&notanentity', '&ampamp;', '&Amp;', '&frac12;&frac34', '&#9731;&#x1F600;', '&#65', '&#x41g', 'x &y z', '&&&', '&#;', '&#x;', '&eacute&Eacute;', '&nbsp;|', '&#150;', '&#0;x']:
    print(repr(html.unescape(s)))
print(entities.name2codepoint['nbsp'], entities.codepoint2name[8364], entities.html5['NotNestedGreaterGreater;'], entities.entitydefs['lt'], len(entities.entitydefs))
print(html.unescape(html.escape('<a href="x?a=1&b=2">it\'s</a>')))
