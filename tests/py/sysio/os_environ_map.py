# os.environ and os.environb: one mapping seen as str and as bytes
import os

os.environ['PIPIT_T1'] = 'one'
print(os.environ['PIPIT_T1'], os.environb[b'PIPIT_T1'], os.getenv('PIPIT_T1'), os.getenvb(b'PIPIT_T1'))
os.environb[b'PIPIT_T2'] = b'two'
print(os.environ.get('PIPIT_T2'), 'PIPIT_T2' in os.environ, b'PIPIT_T2' in os.environb)
print(os.environ.setdefault('PIPIT_T3', 'three'), os.environ.setdefault('PIPIT_T3', 'other'))
for bad in [lambda: os.environ.__setitem__(1, 'x'), lambda: os.environ.__setitem__('K', 2),
            lambda: os.environb.__setitem__('K', b'v'), lambda: os.environ['PIPIT_NONE'],
            lambda: os.environ.__delitem__('PIPIT_NONE')]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
c = os.environ.copy()
print(type(c).__name__, c['PIPIT_T1'])
m = os.environ | {'PIPIT_T4': 'four'}
print(type(m).__name__, m['PIPIT_T4'], 'PIPIT_T4' in os.environ)
os.environ |= {'PIPIT_T5': 'five'}
print(os.environ['PIPIT_T5'])
for k in ['PIPIT_T1', 'PIPIT_T2', 'PIPIT_T3', 'PIPIT_T5']:
    del os.environ[k]
print([k for k in os.environ if k.startswith('PIPIT_T')])
print(os.environ.pop('PIPIT_X', 'dflt'), os.getenv('PIPIT_X', 'dflt'))
print(type(os.environ).__name__, isinstance(os.environ, __import__('collections').abc.MutableMapping))
print(all(isinstance(k, str) for k in os.environ), all(isinstance(k, bytes) for k in os.environb))
try:
    os.putenv('A=B', 'x')
except ValueError as e:
    print('ValueError', e)
print('listdir' in os.__all__, 'path' in os.__all__, 'sep' in os.__all__)
