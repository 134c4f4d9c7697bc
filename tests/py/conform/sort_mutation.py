# list.sort notices a list that grew and shrank back while it was sorted.
from functools import cmp_to_key
def mutating_cmp(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)
L = [1,2]
try:
    L.sort(key=cmp_to_key(mutating_cmp)); print("no error", L)
except ValueError as e: print("VE", e)
def mutating_cmp(x, y):
    L.append(3)
    del L[:]
    return (x > y) - (x < y)
L = [1,2]
try:
    L.sort(key=cmp_to_key(mutating_cmp)); print("no error", L)
except ValueError as e: print("VE", e)
L = [3, 1, 2]
def key(x):
    L.append(x)
    return x
try:
    L.sort(key=key); print("no error", L)
except ValueError as e: print("VE", e, L)
L = [3, 1, 2]
L.sort(key=lambda x: -x)
print(L)
