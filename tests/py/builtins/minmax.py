print(max(1, 2, 3), min(1, 2, 3), max([4, 9, 2]), min("hello"), max("a", "b", key=str.upper))
print(max([], default=None), min([], default=7), max([1, 5, 3], key=lambda x: -x))
print(max((1, "a"), (1, "b")), min([3, 1, 1.0]), max([1, 1.0]), max(1.0, 1))
print(max([1, 2], key=None), min(iter([5, 4, 6])))
for call in [lambda: max([]), lambda: min(()), lambda: max(), lambda: max(1, 2, default=0),
             lambda: max([1], foo=1), lambda: max(1, "a"), lambda: max(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
