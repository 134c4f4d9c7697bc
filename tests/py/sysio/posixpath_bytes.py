# os.path with bytes paths, and mixing errors
import os.path as P

print(P.join(b'a', b'b', b'c'), P.join(b'/a', b'/b'), P.join(b'a/', b'b'))
print(P.split(b'/a/b'), P.split(b'a'), P.split(b'//x//y'))
print(P.splitext(b'x.tar.gz'), P.splitext(b'.bashrc'), P.splitext(b'a/.b.c'))
print(P.basename(b'/a/b'), P.dirname(b'/a/b'), P.dirname(b'a'))
print(P.normpath(b'/a/./b/../c//d/'), P.normpath(b''), P.normpath(b'//a'), P.normpath(b'///a'))
print(P.isabs(b'/x'), P.isabs(b'x'))
print(P.commonprefix([b'/abc', b'/abd']), P.commonpath([b'/a/b', b'/a/c']))
print(P.relpath(b'/a/b/c', b'/a'), P.splitdrive(b'/x'))
print(P.expanduser(b'no-tilde'), P.expandvars(b'no-vars'))
for f, args in [(P.join, ('a', b'b')), (P.join, (b'a', 'b')), (P.relpath, (b'a', 'b')),
                (P.commonpath, (['a', b'b'],)), (P.join, (1,)), (P.join, ('a', 1)),
                (P.commonpath, ([],)), (P.commonpath, (['/a', 'b'],)), (P.relpath, ('',))]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
