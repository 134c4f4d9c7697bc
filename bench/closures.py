# Closures, keyword arguments, *args, lambdas and exceptions in a loop.

def make_counter(step=1):
    n = 0
    def inc(times=1, **extra):
        nonlocal n
        n += step * times + len(extra)
        return n
    return inc


def apply_all(fns, *args, **kwargs):
    return [f(*args, **kwargs) for f in fns]


counters = [make_counter(s) for s in range(1, 6)]
acc = 0
for i in range(40000):
    acc += sum(apply_all(counters, times=2))
    try:
        if i % 3 == 0:
            raise ValueError(i)
        acc += (lambda x: x * 2)(i)
    except ValueError as e:
        acc -= e.args[0]
print(acc)
