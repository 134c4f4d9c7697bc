import html, html.entities as he
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape('<"\'>', quote=False))
for s in ['&amp; &lt; &gt; &quot; &#39; &#x27;', '&copy;2020 &COPY &copy &notin; &notit; &not', '&#0; &#128; &#x110000; &#xD800; &#1; &#65;&#x42;&#X43', '&unknown; & &; &#; &#x; a&b', '&amp', '&AMP;&ampx', '&NotEqualTilde; &acE;', 'no refs']:
    print(repr(html.unescape(s)))
print(len(he.html5), len(he.name2codepoint), len(he.codepoint2name), he.name2codepoint['eacute'], he.codepoint2name[233], he.entitydefs['amp'], he.html5['gt;'], he.html5['gt'])
