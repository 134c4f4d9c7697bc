# try/except/else/finally ordering with returns, exceptions in else and finally
def order(raise_in):
    log = []
    try:
        try:
            log.append('try')
            if raise_in == 'try':
                raise ValueError('t')
        except ValueError:
            log.append('except')
            if raise_in == 'except':
                raise KeyError('e')
        else:
            log.append('else')
            if raise_in == 'else':
                raise KeyError('el')
        finally:
            log.append('finally')
            if raise_in == 'finally':
                raise IndexError('f')
    except Exception as e:
        log.append(f'outer {type(e).__name__} ctx={type(e.__context__).__name__}')
    return log
for where in [None, 'try', 'except', 'else', 'finally']:
    print(where, order(where))
def else_return():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('finally before return')
print(else_return())
def finally_overrides_exception():
    try:
        raise ValueError
    finally:
        return 'overridden'
print(finally_overrides_exception())
def exception_in_finally_replaces():
    try:
        try:
            raise ValueError('first')
        finally:
            raise TypeError('second')
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(exception_in_finally_replaces())
def nested_finally_count():
    n = 0
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                n += 1
            finally:
                n += 10
        finally:
            n += 100
    return n
print(nested_finally_count())
