import traceback, sys, io
def f(): return 1/0
def g(): f()
try:
    g()
except ZeroDivisionError as e:
    print(traceback.format_exc().replace(__file__, 'F'))
    print(traceback.format_exception_only(e), traceback.format_exception_only(type(e), e))
    s = traceback.extract_tb(e.__traceback__)
    print(len(s), [(fs.lineno, fs.name, fs.line) for fs in s], s[0].filename == __file__)
    print([l.replace(__file__, 'F') for l in traceback.format_tb(e.__traceback__)][0])
    print(traceback.format_exception(e)[-1], len(traceback.format_exception(e)))
    buf = io.StringIO(); traceback.print_exc(file=buf); print(buf.getvalue().count('\n'))
    buf = io.StringIO(); traceback.print_exception(e, file=buf, limit=1); print(buf.getvalue().replace(__file__, 'F'))
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type, ''.join(te.format_exception_only()))
try:
    try: {}['k']
    except KeyError: raise ValueError('bad')
except ValueError as e:
    out = traceback.format_exception(e, chain=True)
    print(''.join(out).replace(__file__, 'F'))
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'F'))
class MyErr(Exception): pass
print(traceback.format_exception_only(MyErr('m')), traceback.format_exception_only(MyErr()))
class JSONDecodeError(ValueError): pass
try: raise JSONDecodeError("msg")
except Exception as e: print(traceback.format_exception_only(e))
print(traceback.format_exc())
fs = traceback.FrameSummary('f.py', 3, 'fn', line='x = 1')
print(fs, list(fs), traceback.format_list([fs, ('g.py', 4, 'h', 'y')]))
try: compile('x = (', 'src.py', 'exec')
except SyntaxError as e: print(''.join(traceback.format_exception_only(e)))
def rec(n): return rec(n + 1) if n < 50 else 1/0
try: rec(0)
except ZeroDivisionError as e: print(traceback.format_tb(e.__traceback__)[-1])
print(len(traceback.extract_stack()) >= 1, traceback.extract_stack()[-1].name)
