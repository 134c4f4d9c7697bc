# small ints promote to big ints, never silently overflow
x = 2 ** 47 - 1
print(x + 1, x * x, -x - 2, (x + 1) // 3)
big = 1
for i in range(1, 30):
    big *= i
print(big, big % 1000007, -big // 7)
print(140737488355327 + 1, 70368744177664 * 2, -140737488355328 - 1)
print(sum(range(10 ** 6)), 3 ** 100)
