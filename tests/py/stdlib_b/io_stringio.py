import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print(repr(line))
s = io.StringIO("abcdef")
print(repr(s.read(2)), s.tell())
s.write("XY")
print(repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(1, 2)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.write(5)
except TypeError as e:
    print("TypeError", e)
with io.StringIO("x\ny") as f:
    print(f.readlines(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
s = io.StringIO()
print("to", "buffer", sep="-", file=s)
print(repr(s.getvalue()))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.StringIO("a\nb\n").readline(1))
s = io.StringIO("one\ntwo\n")
s.writelines(["A", "B"])
print(repr(s.getvalue()))
