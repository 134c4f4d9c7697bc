# list construction, repr, len, indexing, concatenation, repetition
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([], [1], [1, 2, 3], list(), list("abc"), list(range(4)), list((1, 2)))
print(list({1: 2, 3: 4}), list(x * 2 for x in range(3)))
a = [1, 2, 3]
print(len(a), a[0], a[-1], a[2], a[-3])
show(lambda: a[3])
show(lambda: a[-4])
show(lambda: a["x"])
show(lambda: a[1.0])
show(lambda: a[2**100])
print(a + [4], a * 2, 2 * a, a * 0, a * -1, [] * 5)
show(lambda: a + (1,))
show(lambda: a * "x")
show(lambda: a * 1.5)
show(lambda: list(1))
show(lambda: list(1, 2))
show(lambda: list(x=1))
b = a
b += [4, 5]
print(a, b is a)
b += (6,)
b += "ab"
print(a)
c = [1, 2]
c *= 3
print(c)
c *= 0
print(c)
r = [1]
r.append(r)
print(r)
d = [[1, 2], (3, [4])]
print(d, str(d))
print(bool([]), bool([0]))
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print([1, 2] <= [1, 2], [] < [0], [1] >= [1], [1] == (1,))
show(lambda: [1] < (1,))
show(lambda: [1, "a"] < [1, 2])
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], nan in l)
show(lambda: hash([]))
print(list.__hash__)
