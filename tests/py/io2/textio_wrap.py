# io.TextIOWrapper over a binary stream
import io

raw = io.BytesIO('h\u00e9\nline2\n'.encode())
t = io.TextIOWrapper(raw, encoding='utf-8')
print(t.readline(), t.read(), t.encoding)
w = io.BytesIO()
t2 = io.TextIOWrapper(w, encoding='utf-8')
t2.write('abc\n')
t2.flush()
print(w.getvalue())
