# complex(): numbers, two numbers, strings, __complex__, keywords, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

texts = ['1+2j', ' (1-2j) ', '( 1-2j )', 'j', '-j', '+j', '2j', '-2.5J', '1e5j', '1_0j', '1.5', '-1e-3+4e2j', 'infj',
         '-inf-nanj', 'nan', '1+', '1+2', '1+2jj', '(1+2j', '1+2j)', '', ' ', 'x', '1 + 2j', '1_+2j', '(j)', '()',
         '1e1_0j', '\t3-4j\n', '0x1j', '1..2j', '+1.5e+3-2.5e-3j', '1e+j']
for t in texts:
    show(lambda: complex(t))
show(lambda: complex())
show(lambda: complex(1))
show(lambda: complex(1.5, 2))
show(lambda: complex(1, 2.5))
show(lambda: complex(1j, 1j))
show(lambda: complex(1 + 2j, 3 + 4j))
show(lambda: complex(2j))
show(lambda: complex(real=1, imag=2))
show(lambda: complex(imag=2))
show(lambda: complex(real=1, img=2))
show(lambda: complex('1+2j', 1))
show(lambda: complex(1, '1'))
show(lambda: complex([]))
show(lambda: complex(1, []))
show(lambda: complex(None))
show(lambda: complex(10**400))
show(lambda: complex(True, False))

class C:
    def __complex__(self):
        return 3 + 4j
class Bad:
    def __complex__(self):
        return 1
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 4
show(lambda: complex(C()))
show(lambda: complex(Bad()))
show(lambda: complex(F(), I()))
show(lambda: complex(C(), 1))

class MyC(complex):
    pass
m = MyC(1, 2)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, isinstance(m, complex), m == 1 + 2j, MyC('3j'))
print(type(complex(m)).__name__, complex(m))
show(lambda: complex('\u3000 1+2j\u2003'))
show(lambda: complex('١+٢j'))
show(lambda: complex('1\x00'))
show(lambda: complex(b'1'))
