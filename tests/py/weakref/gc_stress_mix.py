import gc, weakref
# __del__ ordering and cycles, resurrection through weakrefs
class Node:
    instances = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Node.instances += 1
nodes = [Node(str(i)) for i in range(50)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
nodes[-1].next = nodes[0]
del nodes, a, b
gc.collect()
print('finalized', Node.instances)
# weakref callback sees a dead ref
class T: pass
seen = []
objs = [T() for _ in range(10)]
refs = [weakref.ref(o, lambda r: seen.append(r() is None)) for o in objs]
del objs
gc.collect()
print(len(seen), all(seen))
# finalizer that creates new objects with finalizers
class Chain:
    def __init__(self, n): self.n = n
    def __del__(self):
        print('del chain', self.n)
        if self.n > 0:
            Chain(self.n - 1)
Chain(2)
for _ in range(4):
    gc.collect()
print('chain done')
# WeakValueDictionary with many entries
d = weakref.WeakValueDictionary()
keep = []
for i in range(1000):
    o = T()
    d[i] = o
    if i % 10 == 0: keep.append(o)
del o
gc.collect()
print(len(d), sorted(d)[:3])
