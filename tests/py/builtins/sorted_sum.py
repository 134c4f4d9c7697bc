print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
print(sorted(["bb", "a", "ccc"], key=len), sorted([1, 2, 3], key=lambda x: -x, reverse=True))
l = [2, 1]
s = sorted(l)
print(s, l, s is l)
for call in [lambda: sorted(), lambda: sorted([1], [2]), lambda: sorted([1], foo=1),
             lambda: sorted([1, "a"]), lambda: sorted([1], reverse=None), lambda: sorted([1], reverse=1.5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum([], 5), sum(range(101)))
print(sum([2**60, 2**60, 2**60]), sum([1.5, 2, 3**40]), sum([[1], [2]], []), sum(x for x in [True, True]))
print(sum([1e308, 1e308, -1e308]), sum([0.1, 0.2, 0.3]), sum([1, 2], start=3))
print(sum([(1,), (2,)], ()), sum([1j, 2]))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([], bytearray()),
             lambda: sum([1, "a"]), lambda: sum(), lambda: sum(5)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
