import sys, traceback, io

def clean(text):
    return text.replace(__file__, 'FILE')

def inner(d):
    return d['missing'] + 1

def outer():
    x = [1, 2]
    return inner({}) if x else None

try:
    outer()
except KeyError as e:
    tb = e.__traceback__
    for entry in traceback.format_tb(tb):
        print(clean(entry), end='')
    print('--')
    buf = io.StringIO()
    traceback.print_tb(tb, file=buf)
    print(clean(buf.getvalue()), end='')
    print('--')
    for entry in traceback.format_tb(tb, limit=1):
        print(clean(entry), end='')
    print('--')
    print(clean(''.join(traceback.format_exception(e))), end='')
    print([(f.name, f.lineno) for f in traceback.extract_tb(tb)])
print(traceback.format_tb(None))
