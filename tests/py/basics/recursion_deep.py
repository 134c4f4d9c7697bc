# Python-to-Python calls do not use the C stack: 50,000 frames deep is fine
# once the limit allows it, and past the limit is a RecursionError.
import sys

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

sys.setrecursionlimit(60000)
print(depth(50000))

def count_down(n):
    return n if n == 0 else count_down(n - 1)

print(count_down(40000))

sys.setrecursionlimit(1000)
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

# the interpreter is still fine afterwards
print(depth(500))

def mutual_a(n):
    return "done" if n == 0 else mutual_b(n - 1)

def mutual_b(n):
    return mutual_a(n)

sys.setrecursionlimit(30000)
print(mutual_a(14000))
