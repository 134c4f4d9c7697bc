# the newlines attribute of text files and StringIO, universal newlines
import io, os, tempfile, shutil

d = tempfile.mkdtemp()
p = os.path.join(d, 't.txt')
for data in [b'a\nb\n', b'a\rb\r', b'a\r\nb\r\n', b'a\nb\rc\r\nd', b'no newline', b'a\n\r\nb']:
    with open(p, 'wb') as f:
        f.write(data)
    with open(p) as f:
        before = f.newlines
        lines = f.readlines()
        print(repr(before), lines, repr(f.newlines))
    with open(p, newline='') as f:
        print(f.readlines(), repr(f.newlines))
    with open(p, newline='\r') as f:
        print(f.readlines(), repr(f.newlines))

for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO(newline=nl)
    s.write('x\ny\r\nz\rw')
    print(repr(nl), repr(s.getvalue()), repr(s.newlines))
    s.seek(0)
    print(s.readlines())
shutil.rmtree(d)
