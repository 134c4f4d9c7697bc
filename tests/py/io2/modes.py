# open() mode and argument validation
F = '_t_io2_modes.txt'

def t(f):
    try:
        r = f()
        print(type(r).__name__, r.mode)
        r.close()
    except Exception as e:
        print(type(e).__name__, e)

with open(F, 'w') as w:
    w.write('data\n')
for mode in ['r', 'rt', 'rb', 'r+', 'r+b', 'w', 'wb', 'w+', 'w+b', 'a', 'ab', 'a+', 'a+b',
             'rw', 'rr', 'bt', 'b', 't', '+', 'U', 'rU', 'q', 'r++', 'x']:
    t(lambda: open(F, mode))
t(lambda: open(F, 'rb', encoding='utf-8'))
t(lambda: open(F, 'rb', errors='strict'))
t(lambda: open(F, 'rb', newline=''))
t(lambda: open(F, 'r', newline='x'))
t(lambda: open(F, 'r', newline=5))
t(lambda: open(F, mode=5))
t(lambda: open(F, 'r', buffering=0))
t(lambda: open(F, 'r', encoding='bogus'))
t(lambda: open(F, 'w', encoding='bogus'))
t(lambda: open(5.5))
t(lambda: open(F, 'r', encoding=5))
t(lambda: open(F, 'r', errors=5))
t(lambda: open(F, 'r', encoding='latin-1'))
t(lambda: open(''))
t(lambda: open('_t_io2_nonexist/x', 'w'))
t(lambda: open(F + '/y', 'w'))
t(lambda: open('.'))
import os
os.remove(F)
