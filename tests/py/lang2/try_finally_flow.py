def f1():
    try:
        return 'try'
    finally:
        print('finally f1')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print('body', i)
        finally:
            print('fin', i)
    return i
print(f3())
def f4():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f4())
def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke out', i
print(f5())
def f6():
    x = 0
    while True:
        try:
            x += 1
            if x < 3: continue
            return x
        finally:
            print('f6 fin', x)
print(f6())
def f7():
    try:
        try:
            return 1
        finally:
            print('inner fin')
    finally:
        print('outer fin')
print(f7())
def f8():
    try:
        pass
    except Exception:
        print('no')
    else:
        print('else ran')
        return 'from else'
    finally:
        print('fin8')
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except'
    else:
        return 'else'
    finally:
        print('fin9')
print(f9())
def f10():
    r = []
    for i in range(3):
        try:
            try:
                if i == 1: raise ValueError
            finally:
                r.append(('inner', i))
        except ValueError:
            r.append('caught')
            continue
        r.append(i)
    return r
print(f10())
def f11():
    try:
        return 'a'
    finally:
        try:
            raise KeyError
        except KeyError:
            print('handled in finally')
print(f11())
