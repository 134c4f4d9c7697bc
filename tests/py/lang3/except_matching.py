# except clauses: tuples, bare except, nested tuples, bad classes, as-name cleanup
def kind(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup ' + type(e).__name__
    except ArithmeticError:
        return 'arith'
    except Exception as e:
        return 'other ' + type(e).__name__
    except:
        return 'bare'
print(kind(KeyError), kind(IndexError('i')), kind(ZeroDivisionError), kind(ValueError), kind(SystemExit))
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print('first matching entry wins')
except TypeError as e:
    print('TypeError', e)
try:
    try:
        raise KeyError
    except (5, KeyError):
        print('not reached')
except TypeError as e:
    print(e)
try:
    raise KeyError('k')
except ((KeyError,),) if False else (KeyError,) as e:
    print('tuple expr', repr(e))
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print('as-name deleted:', err)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f'code {code}')
        self.code = code
try:
    raise MyErr(42)
except MyErr as m:
    print(m, m.code, m.args)
try:
    raise MyErr
except TypeError as t:
    print(t)
def handler_returns():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return 'handled'
print(handler_returns())
try:
    raise BaseException('base')
except Exception:
    print('not here')
except BaseException as b:
    print('base caught', b)
try:
    raise KeyboardInterrupt
except Exception:
    print('no')
except KeyboardInterrupt:
    print('KeyboardInterrupt is not an Exception')
e = ValueError('v')
e.add_note('note one')
e.add_note('note two')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
