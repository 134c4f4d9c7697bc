def g():
    try:
        yield 1
    finally:
        yield 'in finally'
x = g(); print(next(x)); print(x.throw(ValueError) if False else next(x))
try: next(x)
except StopIteration: print('stop')
def g2():
    try:
        yield 1
    finally:
        return 'ret from finally'
y = g2(); next(y)
try: y.throw(KeyError)
except StopIteration as e: print('value', e.value)
def f():
    try:
        try:
            raise ValueError(1)
        finally:
            print('inner finally', __import__('sys').exc_info()[0])
    except ValueError:
        print('outer caught')
f()
def nested_loops():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1: break
            finally:
                print('f', i, j)
        else:
            print('no')
        if i == 1: continue
        print('end', i)
nested_loops()
def ret_in_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(ret_in_loop_finally())
def exc_in_except():
    try:
        raise ValueError
    except ValueError:
        try:
            raise KeyError
        except KeyError as k:
            print('ctx', type(k.__context__).__name__)
    try:
        pass
    finally:
        print('exc_info after', __import__('sys').exc_info())
exc_in_except()
def while_else_break():
    n = 0
    while n < 5:
        n += 1
        try:
            if n == 3: break
        finally:
            pass
    else:
        return 'else'
    return n
print(while_else_break())
def deep():
    try:
        try:
            try:
                1/0
            except KeyError:
                print('no')
            finally:
                print('f1')
        except ZeroDivisionError as e:
            print('caught', e)
            raise TypeError('t') from e
        finally:
            print('f2')
    except TypeError as e:
        print('outer', e, e.__cause__)
deep()
e_saved = None
try:
    raise ValueError('v')
except ValueError as e:
    e_saved = e
print(e_saved, 'e' in dir())
