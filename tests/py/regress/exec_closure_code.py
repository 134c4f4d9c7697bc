def outer():
    x = 1
    def inner():
        return x
    return inner

for fn in (exec, eval):
    try:
        fn(outer().__code__)
    except TypeError as e:
        print(fn.__name__, 'TypeError', e)
exec(compile('y = 2', '<s>', 'exec'))
print(y)
