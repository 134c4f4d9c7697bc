from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([7, 8])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.count(5), d.index(5), 5 in d, 99 in d)
d.insert(1, "x"); print(d)
d.remove("x"); print(d)
d.reverse(); print(d)
d[0] = "first"; del d[1]; print(d)
d.clear(); print(d, bool(d))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); print(m)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
m.extendleft([20]); print(m)
print(deque(maxlen=0), deque("abc", 0))
for f in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
          lambda: deque([1, 2]).index(3), lambda: deque([1]).remove(2),
          lambda: m.insert(0, 1), lambda: deque(maxlen=-1),
          lambda: deque([1]) + [2]):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
for i in range(500):
    q.appendleft(-i)
print(len(q), q[0], q[-1], q[400], sum(q))
print(list(reversed(deque([1, 2, 3]))), deque([1, 2]) == deque([1, 2]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
a = deque([1, 2]); a += [3]; a *= 2; print(a)
c = m.copy(); c.append(100); print(m, c)
r = deque([1]); r.append(r); print(r)
try:
    it = deque([1, 2, 3])
    for v in it:
        it.append(v)
except RuntimeError as e:
    print("RuntimeError", e)
print(deque([1, 2, 3]).index(3, 1), deque([1, 2, 1]).index(1, 1, 3))
