# Reprs of deeply nested containers end in RecursionError, not a crash.
for make in (lambda x: {1: x}, lambda x: [x], lambda x: (x,)):
    obj = None
    for _ in range(3000):
        obj = make(obj)
    try:
        repr(obj)
    except RecursionError as e:
        print('RecursionError', type(obj).__name__)
nested = {}
for _ in range(50):
    nested = {'k': nested}
print(len(repr(nested)))
