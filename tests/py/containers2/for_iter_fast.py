# Loops over ranges and lists, including changes to the list while iterating.
def total(n):
    s = 0
    for i in range(n):
        s += i
    return s

print(total(0), total(1), total(1000))
print(list(range(5, -6, -3)), list(range(2**47 - 2, 2**47 + 2)))
print(list(range(-2**47 - 1, -2**47 + 2)))
print([x for x in range(2**46, 2**48, 2**46)])

items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if x == 2:
        items.append(99)
print(seen)

items = [1, 2, 3, 4]
seen = []
for x in items:
    seen.append(x)
    items.pop()
print(seen, items)

it = iter([10, 20])
print(next(it), next(it), next(it, 'done'), next(it, 'done'))
r = iter(range(3))
print(list(r), list(r))
for i in range(3):
    pass
print(i)
nested = [[i * j for j in range(4)] for i in range(3)]
print(nested)
