import warnings, sys
sys.stderr = sys.stdout
print(warnings.formatwarning('msg', DeprecationWarning, '/x/y.py', 3))
print(warnings.formatwarning('msg', UserWarning, 'nofile.py', 1, line='  code()  '))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('a')
    warnings.warn('b', category=SyntaxWarning)
    warnings.warn(DeprecationWarning('c'))
    warnings.warn_explicit('d', RuntimeWarning, 'fake.py', 42)
    print([(str(w.message), w.category.__name__, w.lineno if w.filename != 'fake.py' else 'fake:42') for w in log])
    print(str(log[0]).startswith("{message : UserWarning('a'), category : 'UserWarning'"))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    for i in range(3):
        warnings.warn('mod')
    print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('per-line')
    warnings.warn('per-line')
    print(len(log))
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.warn('after reset')
    print(len(log), warnings.filters)
with warnings.catch_warnings(action='error'):
    try:
        warnings.warn('x', FutureWarning)
    except FutureWarning as e:
        print('raised', type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('always', module='__main__', category=UserWarning)
    warnings.filterwarnings('ignore', message='ign.*', append=False)
    warnings.warn('ignored one')
    warnings.warn('shown one')
    print([str(w.message) for w in log])
cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e)
def deep():
    warnings.warn('from deep', stacklevel=2)
deep()
warnings.warn('explicit stacklevel', UserWarning, stacklevel=1)
