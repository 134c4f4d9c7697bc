"""Bisection algorithms on sorted sequences."""


def _check_bounds(lo, hi, a):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index where x would be inserted after any equal items."""
    hi = _check_bounds(lo, hi, a)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if x < item:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index where x would be inserted before any equal items."""
    hi = _check_bounds(lo, hi, a)
    while lo < hi:
        mid = (lo + hi) // 2
        item = a[mid] if key is None else key(a[mid])
        if item < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted a, after any equal items."""
    k = x if key is None else key(x)
    index = bisect_right(a, k, lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted a, before any equal items."""
    k = x if key is None else key(x)
    index = bisect_left(a, k, lo, hi, key=key)
    a.insert(index, x)


bisect = bisect_right
insort = insort_right
