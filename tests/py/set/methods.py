# set mutation methods and errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args)

s = {1, 2, 3}
s.add(4)
s.add(1)
s.discard(2)
s.discard(99)
s.remove(3)
print(s)
show(lambda: s.remove(99))
show(lambda: set().pop())
show(lambda: s.add([1]))
show(lambda: s.add())
popped = []
t = set(range(10))
while t:
    popped.append(t.pop())
print(popped)
u = {"a", "b", "c"}
print(sorted([u.pop(), u.pop(), u.pop()]), u)
s.clear()
print(s, len(s))
x = {frozenset([1, 2])}
print(set([1, 2]) in x, {1, 2} in x)
x.remove({1, 2})
print(x)
show(lambda: [] in {1})
print(1 in {1}, 2 not in {1}, {1}.__contains__(1))
show(lambda: frozenset().add)
it = iter({1, 2, 3})
print(type(it).__name__, it.__length_hint__(), sorted(it))
def mut():
    z = {1, 2, 3}
    for e in z:
        z.add(e + 10)
show(mut)
w = set(range(8))
for i in range(8):
    w.remove(i)
    w.add(i + 100)
print(w)
