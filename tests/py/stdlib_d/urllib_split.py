from urllib.parse import urlsplit, urlparse, urlunsplit, urljoin, parse_qs, parse_qsl, urldefrag, SplitResult
for u in ['', 'http://', 'http://host', 'http://host:80', 'http://u@host', 'http://[2001:db8::1]:8080/p', 'ftp://a/b;type=i', 'http://a/b;p1;p2?q', 'file:/x', 'news:comp.lang', 'sip:alice@example.com', '//www.x.org/a?b#c', '../rel/path?x#y', 'HTTPS://EX.com/Path', 'http://a b/', 'scheme-1.x+y:z', '1http://x', 'http://host/p#f?q', 'javascript:alert(1)']:
    s = urlsplit(u)
    print(repr(u), tuple(s), s.hostname, s.port, s.username, urlunsplit(s))
print(urlparse('http://x/p', scheme='https'), urlparse('p', scheme='https'), urlsplit('http://x/p#f', allow_fragments=False))
print(urljoin('http://a/b/c', '../../../../x'), urljoin('http://a/b/', 'c/./d/../e'), urljoin('http://a/b', 'ftp://c/d'), urljoin('', 'x'), urljoin('x', ''), urljoin('http://a/b?q', '?r'), urljoin('http://a/b/c/', '.'), urljoin('mailto:a@b', 'c'))
print(parse_qs('a=1;b=2'), parse_qs('a=%26&b=%3D'), parse_qs(''), parse_qsl('x=1&y', keep_blank_values=True), parse_qsl('a=b=c'), parse_qs('a+b=c+d'))
try:
    parse_qsl('a=1&b=2', max_num_fields=1)
except ValueError as e:
    print('ValueError', e)
try:
    urlsplit('http://h:99999').port
except ValueError as e:
    print('ValueError', e)
print(urldefrag('a#b#c'), urldefrag(b'x#y'), SplitResult('s', 'n', '/p', 'q', 'f')._replace(query='').geturl())
