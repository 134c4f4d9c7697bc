# small results that overflow 48 bits become big ints, and back
x = 2**47 - 1
print(x + 1, type(x + 1).__name__, (x + 1) - 1 == x)
y = -2**47
print(y - 1, y * -1, -y, abs(y), y // -1, y * y)
big = 2**100
print(big - big, (big + 5) - big, big // big, big % 3, -big // 7, -big % 7)
acc = 1
for i in range(1, 40):
    acc *= i
print(acc, acc // (2**47), acc % 1000000007)
n = 0
for i in range(200):
    n = n * 3 + i
print(n)
print(n - n + 1 == 1, (n * 0), type(n * 0).__name__)
s = 0
for i in range(10):
    s += 2**46
print(s)
print(0x7fffffffffff * 0x7fffffffffff, -0x800000000000 * 0x800000000000)
print(123456789 * 987654321, 12345678901234 * 5678, 2**46 * 4, (2**46 * 4) >> 2)
