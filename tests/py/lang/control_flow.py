for i in range(3):
    if i == 1:
        continue
    print(i)
else:
    print("for-else")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
i = 0
while i < 10:
    i += 1
    if i > 3:
        break
else:
    print("no")
print(i)
while i > 0:
    i -= 1
else:
    print("while-else", i)
x = 5
if x < 0:
    print("neg")
elif x == 0:
    print("zero")
elif x < 10:
    print("small")
else:
    print("big")
print("yes" if x else "no", "a" if not x else "b")
print(1 < 2 < 3, 1 < 3 < 2, 1 < 2 > 0 == 0)
print(1 and 2, 0 or 3, not 1, None or [] or "last", 1 and 0 and 2)
def side(v):
    print("eval", v)
    return v
print(side(1) < side(2) < side(0) < side(9))
if side(0) and side(1):
    print("no")
if side(0) or side(2):
    print("yes")
if not (side(1) and side(0)):
    print("negated")
while False:
    pass
for _ in []:
    pass
else:
    print("empty for else")
print(3 in [1, 2, 3], 4 not in (1, 2), "a" in "cat", None is None, 1 is not None)
n = 0
for a, b in [(1, 2), (3, 4)]:
    n += a * b
print(n)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("never")
print(i, j)
def early(x):
    if x:
        return "early"
    print("fell through")
print(early(1), early(0))
