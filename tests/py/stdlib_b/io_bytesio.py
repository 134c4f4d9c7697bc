import io
b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.readline(), b.read(), b.tell())
b.seek(-2, 2)
print(b.read())
b.seek(1, 0)
b.seek(2, 1)
print(b.tell(), b.read(1))
b = io.BytesIO()
print(b.write(b"xyz"), b.write(bytearray(b"12")))
print(b.getvalue())
b.seek(6)
b.write(b"!")
print(b.getvalue())
print(b.truncate(2), b.getvalue())
try:
    b.write("str")
except TypeError as e:
    print("TypeError", e)
b.seek(0)
print(list(io.BytesIO(b"1\n2\n3")))
with io.BytesIO(b"q") as f:
    print(f.read())
try:
    f.getvalue()
except ValueError as e:
    print("ValueError", e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.open is open)
for c in (io.StringIO, io.BytesIO):
    s = c()
    for f in (lambda: s.seek(-1), lambda: s.truncate(-1), lambda: s.seek(0, 5)):
        try:
            f()
        except ValueError as e:
            print(e)
    s.close()
    try:
        s.tell()
    except ValueError as e:
        print(e)
