# for/while with else, break and continue, nested loops
for i in range(3):
    pass
else:
    print('for else runs', i)
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print('broke at', i)
for i in []:
    pass
else:
    print('empty for else')
n = 0
while n < 3:
    n += 1
else:
    print('while else', n)
while True:
    break
else:
    print('not printed')
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print('inner else')
    if i == 1:
        continue
    print('outer', i, j)
k = 0
while k < 5:
    k += 1
    if k % 2:
        continue
    print('even', k)
def search(items, target):
    for idx, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return idx
print(search('abc', 'b'), search('abc', 'z'))
for x in range(2):
    try:
        continue
    finally:
        print('finally on continue', x)
out = []
for a, b in zip('ab', 'xyz'):
    out.append(a + b)
print(out)
it = iter(range(5))
for v in it:
    if v == 2:
        break
print(list(it))
