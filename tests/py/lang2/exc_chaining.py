def show(e):
    print(type(e).__name__, e, type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during')
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('from') from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('none') from None
except ValueError as e:
    show(e)
try:
    raise KeyError('k') from ValueError('cause')
except KeyError as e:
    show(e)
try:
    raise KeyError('k') from ValueError
except KeyError as e:
    show(e)
def f():
    try:
        raise TypeError('inner')
    finally:
        pass
try:
    f()
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError('a')
    finally:
        raise KeyError('b')
except KeyError as e:
    show(e)
e1 = ValueError('x')
try:
    try:
        raise e1
    except ValueError as e:
        raise e
except ValueError as e:
    print(e is e1, e.__context__)
try:
    try:
        raise ValueError('v')
    except ValueError:
        try:
            raise TypeError('t')
        except TypeError:
            raise KeyError('k')
except KeyError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)
e = RuntimeError('r')
e.__cause__ = KeyError('c')
print(e.__suppress_context__, type(e.__cause__).__name__)
