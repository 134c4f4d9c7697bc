# slice.indices() works with lengths and bounds beyond 64 bits.
import sys
M = sys.maxsize
big = 2**100
cases = [
    (slice(None), big), (slice(None, None, -1), big), (slice(-big, big), 10),
    (slice(big, -big, -1), 10), (slice(M, -M, -3), M * 4), (slice(-5, None), big),
    (slice(1, 10, big), 5), (slice(None, None, -big), 3), (slice(3, 1), 0),
]
for s, n in cases:
    print(s, n, s.indices(n))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(slice(Idx(2), Idx(-1), Idx(1)).indices(Idx(big)))
for s, n in [(slice(1, 2, 0), 5), (slice(1, 2), -1), (slice("a", 2), 5), (slice(1, 2, 1.5), 5)]:
    try:
        s.indices(n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1, 2).indices(3.0)
except TypeError as e:
    print("TypeError", e)
