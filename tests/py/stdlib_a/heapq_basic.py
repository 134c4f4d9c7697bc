import heapq

h = []
for x in [5, 1, 4, 2, 8, 3]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(6)])
data = [9, 7, 5, 3, 1, 2, 4]
heapq.heapify(data)
print(data[0], sorted(data) == [1, 2, 3, 4, 5, 7, 9])
print(heapq.heapreplace(data, 10), data[0])
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 6), data[0])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 3]))
print(heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len), heapq.nsmallest(0, [1]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [5, 2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge()))
items = [(2, 'b'), (1, 'a'), (3, 'c')]
heapq.heapify(items)
print(heapq.heappop(items))
