# os.rename / replace edge cases and shutil.move / copytree / rmtree on them
import os, shutil, tempfile

d = tempfile.mkdtemp()
J = lambda *p: os.path.join(d, *p)
os.makedirs(J('a', 'b', 'c'))
with open(J('a', 'f.txt'), 'w') as f:
    f.write('one')
with open(J('a', 'b', 'g.txt'), 'w') as f:
    f.write('two')

def err(f, *args):
    try:
        f(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == args[0], e.filename2 == args[1] if len(args) > 1 else None)

err(os.rename, J('a'), J('a', 'b', 'inside'))
err(os.rename, J('missing'), J('x'))
err(os.rename, J('a', 'f.txt'), J('a', 'b'))
err(os.rename, J('a', 'b'), J('a', 'f.txt'))
print(sorted(os.listdir(J('a'))))

try:
    shutil.move(J('a'), J('a', 'b', 'c'))
except shutil.Error as e:
    print('shutil.Error', 'into itself' in str(e))
print(os.path.isdir(J('a', 'b', 'c')), sorted(os.listdir(J('a', 'b'))))

os.replace(J('a', 'f.txt'), J('a', 'b', 'g.txt'))
print(open(J('a', 'b', 'g.txt')).read(), os.path.exists(J('a', 'f.txt')))
shutil.copytree(J('a'), J('copy'))
print(sorted(os.path.relpath(os.path.join(r, n), J('copy')) for r, ds, fs in os.walk(J('copy')) for n in ds + fs))
shutil.move(J('copy'), J('moved'))
print(os.path.exists(J('copy')), os.path.isdir(J('moved', 'b', 'c')))
try:
    shutil.copyfile(J('moved', 'b', 'g.txt'), J('moved', 'b', 'g.txt'))
except shutil.SameFileError as e:
    print('SameFileError')
shutil.rmtree(J('moved'))
err(shutil.rmtree, J('moved'))
os.renames(J('a', 'b', 'g.txt'), J('n1', 'n2', 'g.txt'))
print(os.path.exists(J('n1', 'n2', 'g.txt')), sorted(os.listdir(d)))
shutil.rmtree(d)
print(os.path.exists(d))
