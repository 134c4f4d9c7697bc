# list.sort: stability, key=, reverse= keeps equal items in order
import random
random.seed(5)
data = [(random.randint(0, 9), i) for i in range(300)]
s = sorted(data, key=lambda p: p[0])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1])
          for i in range(len(s) - 1)))
r = sorted(data, key=lambda p: p[0], reverse=True)
print(all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1])
          for i in range(len(r) - 1)))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len))
x = [3, 1, 2]
print(x.sort(), x)
x.sort(reverse=True)
print(x)
x.sort(key=None, reverse=False)
print(x)
print(sorted([5, 2, 8, 1], key=lambda v: -v))
print(sorted(range(20), key=lambda v: v % 3))
print(sorted([2.5, 1, True, 0.5]))
print(sorted('hello'), sorted((3, 2, 1)), sorted({3: 1, 1: 2}))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-3:])
runs = list(range(50)) + list(range(25)) + list(range(100, 0, -1))
print(sorted(runs) == sorted(runs, key=lambda v: v))
