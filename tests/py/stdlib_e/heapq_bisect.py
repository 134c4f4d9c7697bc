# heapq and bisect: heap order, the max-heap helpers, argument errors
import bisect
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c')]
heapq.heapify(data)
print(data, heapq.heapreplace(data, (0, 'q')), data)
print(heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 5))
m = [3, 9, 4, 1]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 2), m)
for f, args in ((heapq.heappush, (10, 1)), (heapq.heappop, ((),)), (heapq.heapify, ('abc',)),
                (heapq.heappop, ([],)), (heapq.heapreplace, ([], 1))):
    try:
        f(*args)
    except (TypeError, IndexError) as e:
        print(f.__name__, type(e).__name__, e)
print(heapq.nsmallest(3, [5, 1, 4, 1, 3], key=lambda v: -v), heapq.nlargest(2, 'hello'))
print(list(heapq.merge([1, 3, 5], [2, 4], [0, 6])))

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4)
bisect.insort_left(a, 0)
print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ('x', 2), key=lambda r: r[1])
print(recs)
for f in (bisect.bisect_left, bisect.insort_right):
    for args in ((10, 1), (a, 1, -1)):
        try:
            f(*args)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
