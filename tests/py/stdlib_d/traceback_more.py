import traceback, sys, io
def level3(): raise KeyError('k')
def level2(): level3()
def level1(): level2()
try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    names = [fs.name for fs in traceback.extract_tb(tb)]
    print(names, [fs.name for fs in traceback.extract_tb(tb, limit=2)], [fs.name for fs in traceback.extract_tb(tb, limit=-1)])
    print(len(traceback.format_tb(tb)), len(list(traceback.walk_tb(tb))), traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, [f.name for f in te.stack], ''.join(te.format_exception_only()), list(te.format())[-1])
    s = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print(type(s).__name__, len(s), s[0].lineno, s[-1].line)
print(traceback.format_exception_only(ValueError('v')), traceback.format_exception_only(ValueError, ValueError('w')), traceback.format_exception_only(None))
e = ValueError('with note')
e.add_note('note one')
e.add_note('note two')
print(traceback.format_exception_only(e))
print(traceback.format_exception(None), ''.join(traceback.format_exception(ValueError('no tb'))))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('hidden context') from None
except RuntimeError as e:
    text = ''.join(traceback.format_exception(e))
    print('ZeroDivision' in text, text.count('Traceback'))
out = io.StringIO()
traceback.print_exception(KeyError('p'), file=out)
print(repr(out.getvalue()))
fs = traceback.FrameSummary('file.py', 10, 'func', lookup_line=False, locals={'a': 1})
print(fs.name, fs.lineno, fs.locals, fs == ('file.py', 10, 'func', None), repr(fs))
print(traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1')]).format())
