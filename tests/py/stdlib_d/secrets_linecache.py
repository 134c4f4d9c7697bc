import secrets, linecache, os, tempfile
t = secrets.token_hex()
print(len(t), all(c in '0123456789abcdef' for c in t), len(secrets.token_bytes()), len(secrets.token_hex(0)), len(secrets.token_urlsafe(30)), type(secrets.randbits(16)).__name__)
print(all(0 <= secrets.randbelow(3) < 3 for _ in range(50)), secrets.choice([7]), secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('x', 'y'))
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
try:
    secrets.compare_digest('a', b'a')
except TypeError as e:
    print('TypeError')
d = tempfile.mkdtemp()
p = os.path.join(d, 'src.py')
with open(p, 'w') as f:
    f.write('line one\nline two\n  indented three')
print(repr(linecache.getline(p, 1)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 4)), repr(linecache.getline(p, 0)), len(linecache.getlines(p)))
print(repr(linecache.getline('/no/such/file.py', 1)), linecache.getlines('<string>'))
linecache.clearcache(); linecache.checkcache(); print(repr(linecache.getline(p, 2)))
