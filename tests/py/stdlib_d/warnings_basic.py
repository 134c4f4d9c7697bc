import warnings, sys, io
sys.stderr = sys.stdout
def f():
    warnings.warn('careful', stacklevel=2)
f()
warnings.warn('plain')
warnings.warn('dep', DeprecationWarning)
for i in range(3):
    warnings.warn('looped')
warnings.warn(RuntimeWarning('inst'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('one', UserWarning)
    warnings.warn('two', FutureWarning)
    print(len(w), w[0].message, w[0].category.__name__, w[1].category, type(w[0].message), w[0].lineno, str(w[0].message))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try: warnings.warn('boom')
    except UserWarning as e: print('raised', e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('always', category=RuntimeWarning)
    warnings.warn('skip this')
    warnings.warn('keep', RuntimeWarning)
    warnings.warn('keep', RuntimeWarning)
    print([str(x.message) for x in w])
print(warnings.formatwarning('m', UserWarning, 'file.py', 10, 'src line'))
try: warnings.warn('x', int)
except TypeError as e: print(e)
try: warnings.simplefilter('bogus')
except AssertionError as e: print('AssertionError', e)
old = warnings.showwarning
def show(message, category, filename, lineno, file=None, line=None): print('custom:', message, category.__name__)
warnings.showwarning = show
warnings.warn('via hook')
warnings.showwarning = old
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('once')
    for i in range(3): warnings.warn('once-only')
    print(len(w))
print(warnings.filters[:1] == warnings.filters[:1], len(warnings.filters) >= 4)
