import random

r = random.Random(2024)
x = list(range(20))
r.shuffle(x)
print(x)
print(r.choice('abcdefg'), r.choice([10, 20, 30]))
print(r.sample(range(100), 10))
print(r.sample(range(10000), 12))
print(r.sample('abcdef', 6))
print(r.sample(['red', 'blue'], 5, counts=[4, 2]))
print(r.choices('abc', k=6))
print(r.choices('abc', [1, 5, 10], k=6))
print(r.choices('abc', cum_weights=[1, 2, 10], k=6))
try:
    r.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    r.sample([1, 2], 3)
except ValueError as e:
    print('ValueError', e)
try:
    r.sample({1, 2}, 1)
except TypeError as e:
    print('TypeError', e)
try:
    r.choices('ab', [1, 2, 3])
except ValueError as e:
    print('ValueError', e)
try:
    r.choices('ab', [1, 2], cum_weights=[1, 2])
except TypeError as e:
    print('TypeError', e)
try:
    r.choices('ab', [0, 0])
except ValueError as e:
    print('ValueError', e)
