class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n, a[0].__name__ if a[0] else None); return self.n == 'swallow'
def f1():
    for i in range(3):
        try:
            with CM(i):
                if i == 0: continue
                if i == 1: break
        finally:
            print('finally', i)
    return 'done'
print(f1())
def f2():
    with CM('outer'):
        for x in [1, 2]:
            with CM('inner'):
                try:
                    return [x, (1/0 if x == 2 else 0)]
                except ZeroDivisionError:
                    pass
                finally:
                    print('fin', x)
print(f2())
def f3():
    r = []
    for i in range(4):
        try:
            try:
                if i % 2: raise ValueError(i)
                r.append(i)
            finally:
                if i == 3: continue
        except ValueError as e:
            r.append(('caught', e.args))
    return r
print(f3())
def f4():
    with CM('swallow'):
        print(len([1, 2, int('x')]))
    return 'after swallow'
print(f4())
def gen():
    with CM('g'):
        for i in range(3):
            try:
                yield i
            except KeyError:
                print('gen caught')
                return 'gen ret'
g = gen(); next(g); next(g)
try:
    g.throw(KeyError)
except StopIteration as e:
    print('stop', e.value)
def f5(n):
    while True:
        try:
            n -= 1
            if n < 0: return 'neg'
            if n % 2: continue
            print('even', n)
        except:
            raise
        else:
            if n == 0: break
        finally:
            print('loop fin', n)
    return 'broke'
print(f5(4))
def f6():
    try:
        return 'try'
    finally:
        try:
            1/0
        except ZeroDivisionError:
            pass
print(f6())
def f7():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print('x in finally', x)
print(f7())
def f8():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError:
            pass
        raise
try:
    f8()
except ValueError as e:
    print('reraised original', e)
def f9():
    try:
        raise ValueError('in try')
    except ValueError as e:
        del e
    return 'deleted'
print(f9())
def f10():
    e = 'outer'
    try:
        raise KeyError
    except KeyError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return 'unbound: ' + str(u)
print(f10())
