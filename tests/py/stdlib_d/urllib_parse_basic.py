from urllib.parse import *
import urllib.parse as up
u = urlparse('http://user:pw@www.Example.com:8080/a/b;p?q=1&r=2#frag')
print(u, u.hostname, u.port, u.username, u.password, u.netloc, u.geturl())
print(urlsplit('https://[::1]:443/x?y#z'), urlsplit('https://[::1]:443/x').hostname, urlsplit('mailto:a@b.c'), urlsplit('//host/path'), urlsplit('path/only?x=1'), urlsplit('HTTP://X/'), urlparse('file:///etc/passwd'))
print(urlunparse(('http', 'h', '/p', 'pa', 'q', 'f')), urlunsplit(('https', 'h', 'p', '', '')), urlunsplit(('', '', 'p', 'q', '')), urlparse(b'http://h/p?q'))
base = 'http://a/b/c/d;p?q'
for r in ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', 'g.', '.g', 'g/./h', 'g/../h', 'http:g', 'https://x/y']:
    print(r, '->', urljoin(base, r))
print(urldefrag('http://x/y#z'), urldefrag('http://x/y'))
print(quote('a b/c?d=é&~'), quote('a b/c', safe=''), quote_plus('a b+c/d'), quote(b'\x00\xff'), quote_from_bytes(b'a b'), quote(''), quote('/', safe='/'))
print(unquote('a%20b%2Fc%C3%A9%zz%4'), unquote_plus('a+b%2B'), unquote_to_bytes('%41%zz%'), unquote('%E2%82'), unquote(b'x%41'))
print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&'}), urlencode([('k', [1, 2])], doseq=True), urlencode([('k', [1, 2])]), urlencode({'q': 'a/b'}, safe='/'), urlencode({'x': 'a b'}, quote_via=quote))
print(parse_qs('a=1&a=2&b=x+y&c=%20&d='), parse_qs('d=&e', keep_blank_values=True), parse_qsl('a=1;b=2', separator=';'), parse_qsl('a=1&&b=2'))
try: parse_qsl('a&b', strict_parsing=True)
except ValueError as e: print(e)
try: urlsplit('http://[::1/x')
except ValueError as e: print(e)
try: urlparse('http://h:x/').port
except ValueError as e: print(e)
try: urljoin('http://a', b'b')
except TypeError as e: print(e)
print(u._replace(scheme='ftp').geturl(), up.SplitResult('a', 'b', 'c', 'd', 'e').geturl(), u.encode())
