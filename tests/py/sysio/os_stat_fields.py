# os.stat / fstat results: fields, types, times, stat_result itself
import os, stat, tempfile, shutil, time, pickle

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w') as f:
    f.write('abcdef')

st = os.stat(p)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == int(st.st_mtime))
print(abs(st.st_mtime - time.time()) < 60)
print(len(st), st.n_sequence_fields, st.n_fields, st.n_unnamed_fields)
print(st.st_nlink >= 1, isinstance(st.st_ino, int), isinstance(st.st_blksize, int))
ds = os.stat(d)
print(stat.S_ISDIR(ds.st_mode), stat.S_ISREG(ds.st_mode))
print(os.path.getsize(p), os.path.getmtime(p) == st.st_mtime)

with open(p, 'rb') as f:
    fs = os.fstat(f.fileno())
    print(fs.st_size, stat.S_ISREG(fs.st_mode))

os.utime(p, (1000000000, 1200000000))
st = os.stat(p)
print(st.st_atime, st.st_mtime, st[7], st[8])
os.utime(p, ns=(5 * 10**9, 7 * 10**9))
print(os.stat(p).st_mtime, os.path.getatime(p))

r = os.stat_result(range(10))
print(r)
print(r.st_mode, r.st_size, r.st_mtime)
r2 = pickle.loads(pickle.dumps(os.stat(p)))
print(r2 == os.stat(p), r2.st_mtime)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    os.stat(os.path.join(d, 'nope'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename == os.path.join(d, 'nope'))
try:
    os.utime(p, (1, 2), ns=(1, 2))
except ValueError as e:
    print('ValueError', e)
shutil.rmtree(d)
