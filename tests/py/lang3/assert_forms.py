# assert with and without messages, and the AssertionError it raises
def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        return 'passed'
    except AssertionError as e:
        return f'AssertionError args={e.args}'
print(check(True), check(1 == 1))
print(check(False), check(0, 'zero'), check([], ['list', 'msg']), check(None, None))
x = 5
try:
    assert x > 10, f'x too small: {x}'
except AssertionError as e:
    print(e)
calls = []
def msg():
    calls.append(1)
    return 'm'
assert True, msg()
print('message not evaluated when passing:', calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
class Falsy:
    def __bool__(self): return False
try:
    assert Falsy()
except AssertionError as e:
    print('falsy object fails', e.args)
class BadBool:
    def __bool__(self): raise ValueError('no bool')
try:
    assert BadBool()
except ValueError as e:
    print(e)
