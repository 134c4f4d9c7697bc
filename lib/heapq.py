"""Heap queue (min-heap on a list)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(heap, name, only_arg=False):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (name, '' if only_arg else ' 1', type(heap).__name__))


def _sift_toward_root(heap, startpos, pos):
    # heap[pos] moves up while it is smaller than its parent
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_to_leaf(heap, pos):
    # Walk the smaller child down to a leaf, then sift heap[pos]'s old item back
    # up from there: fewer comparisons than stopping early (Knuth, 5.2.3).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_toward_root(heap, startpos, pos)


def _sift_toward_root_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_to_leaf_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_toward_root_max(heap, startpos, pos)


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap."""
    _check_list(heap, 'heappop', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return top
    return last


def heapreplace(heap, item, /):
    """Pop the smallest item and push item: one operation, heap size unchanged."""
    _check_list(heap, 'heapreplace')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return top


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (faster than both)."""
    _check_list(heap, 'heappushpop')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x, /):
    """Turn the list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify', True)
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def _heappop_max(heap, /):
    """Maxheap version of heappop."""
    _check_list(heap, '_heappop_max', True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return top
    return last


def _heapreplace_max(heap, item, /):
    """Maxheap version of heapreplace."""
    _check_list(heap, '_heapreplace_max')
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return top


def _heapify_max(x, /):
    """Maxheap version of heapify."""
    _check_list(x, '_heapify_max', True)
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf_max(x, i)


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
