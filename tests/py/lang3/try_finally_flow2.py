# return, break and continue through finally; finally overriding results
def f1():
    try: return 1
    finally: print('fin1')
print(f1())
def f2():
    try: return 1
    finally: return 2
print(f2())
def f3():
    for i in range(3):
        try:
            if i == 1: break
        finally:
            print('fin', i)
    return i
print(f3())
def f4():
    for i in range(3):
        try:
            continue
        finally:
            print('f4', i)
f4()
def f5():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f5())
def f6():
    try:
        try: raise KeyError('a')
        finally: print('inner fin')
    except KeyError as e: print('caught', e)
    else: print('else')
    finally: print('outer fin')
f6()
def f7():
    try: pass
    except: pass
    else: return 'else-ret'
    finally: print('f7 fin')
print(f7())
def f8():
    while True:
        try:
            return 'x'
        finally:
            break
    return 'after'
print(f8())
def f9():
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise ValueError('v')
        except ValueError as e:
            return repr(e.__context__)
print(f9())
def f10():
    e = 1
    try: raise KeyError
    except KeyError as e: pass
    try: return e
    except UnboundLocalError as x: return str(x)
print(f10())
try:
    raise
except RuntimeError as e:
    print(e)
def f11():
    for i in range(3):
        try:
            try:
                return i
            finally:
                if i < 2: continue
        finally:
            print('outer', i)
print(f11())
def f12():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)
print(f12())
def f13():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('f13 fin')
print(f13())
import sys
def f14():
    try:
        raise KeyError
    except KeyError:
        pass
    return sys.exc_info()
print(f14())
