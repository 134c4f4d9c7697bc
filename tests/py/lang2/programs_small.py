class Node:
    def __init__(self, val, nxt=None): self.val, self.nxt = val, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.val
            n = n.nxt
    def __repr__(self): return f'Node({list(self)})'
n = Node(1, Node(2, Node(3)))
print(n, sum(n), list(reversed(list(n))))
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return f'M{self.rows}'
    def __getitem__(self, ij):
        i, j = ij; return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij; self.rows[i][j] = v
m = Matrix([[1, 2], [3, 4]])
print(m @ m, m[1, 0])
m[0, 0] = 9; print(m)
m @= m; print(m)
import sys
class Tree:
    def __init__(self, *kids): self.kids = kids
    def depth(self): return 1 + max((k.depth() for k in self.kids), default=0)
print(Tree(Tree(Tree()), Tree()).depth())
def memo(f):
    cache = {}
    def w(n):
        if n not in cache: cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def permutations(s):
    if len(s) <= 1: yield s; return
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i+1:]):
            yield c + p
print(list(permutations('abc')))
def qsort(l):
    if not l: return []
    p, *rest = l
    return qsort([x for x in rest if x < p]) + [p] + qsort([x for x in rest if x >= p])
print(qsort([3, 6, 1, 8, 2, 9, 2]))
