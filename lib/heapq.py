"""Heap queue (min-heap on a list)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _sift_up(heap, pos):
    # move heap[pos] towards the root while it is smaller than its parent
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # move heap[pos] towards the leaves while a child is smaller
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and not heap[child] < heap[right]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return top
    return last


def heapreplace(heap, item):
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator."""
    entries = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value, order * sign, it])
            break
    keyed = [(_MergeKey(e, key, reverse), e) for e in entries]
    heap = [k for k, e in keyed]
    heapify(heap)
    while heap:
        k = heap[0]
        e = k.entry
        yield e[0]
        for value in e[2]:
            e[0] = value
            heapreplace(heap, _MergeKey(e, key, reverse))
            break
        else:
            heappop(heap)


class _MergeKey:
    __slots__ = ('entry', 'k')

    def __init__(self, entry, key, reverse):
        self.entry = entry
        self.k = (entry[0] if key is None else key(entry[0]), entry[1])
        if reverse:
            self.k = _Reversed(self.k)

    def __lt__(self, other):
        return self.k < other.k


class _Reversed:
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
