class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr(404, 'not found')
except MyErr as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class Plain(Exception): pass
try:
    raise Plain
except Exception as e:
    print(repr(e), str(e), e.args)
class Custom(ValueError):
    def __str__(self): return 'custom str'
try:
    raise Custom(1, 2)
except ValueError as e:
    print(str(e), repr(e), e.args)
class Sub(LookupError): pass
try:
    raise Sub('x')
except LookupError as e:
    print('lookup caught', type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(Sub, Exception), Sub.__mro__[1:3])
class NoInitCall(Exception):
    def __init__(self):
        pass
e = NoInitCall()
print(e.args, repr(e))
class KwErr(Exception):
    def __init__(self, *, msg): super().__init__(msg)
print(KwErr(msg='m'))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
