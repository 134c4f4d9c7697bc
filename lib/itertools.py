"""Iterator building blocks."""


def _int_arg(n, what):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    return n


def _is_number(v):
    # what CPython's PyNumber_Check accepts
    t = type(v)
    return isinstance(v, (int, float, complex)) or any(
        hasattr(t, name)
        for name in ('__index__', '__int__', '__float__', '__complex__'))


def _setup_in_new(name, keywords=False):
    """Class decorator: run the class's __init__ from __new__ instead, as the
    C types do, so that a subclass with its own __init__ still works. Without
    keywords, the type takes none (unless a subclass __init__ wants them)."""
    def decorate(cls):
        setup = cls.__dict__['__init__']
        del cls.__init__
        try:
            # argument errors name the type, as CPython's do
            setup.__code__ = setup.__code__.replace(co_name=name, co_qualname=name)
        except (AttributeError, TypeError, ValueError):
            pass
        setup.__name__ = setup.__qualname__ = name
        cls._setup = setup

        def __new__(klass, *args, **kwargs):
            if kwargs and not keywords:
                if klass.__init__ is object.__init__:
                    raise TypeError('%s() takes no keyword arguments' % name)
                kwargs = {}
            self = object.__new__(klass)
            setup(self, *args, **kwargs)
            return self
        cls.__new__ = staticmethod(__new__)
        if '__reduce__' not in cls.__dict__:
            cls.__reduce__ = _reduce_by_state
        return cls
    return decorate


def _new_empty(cls):
    return object.__new__(cls)


def _reduce_by_state(self):
    # __new__ needs the arguments: rebuild an empty object and its state
    return _new_empty, (type(self),), dict(self.__dict__)


class _GenIter:
    """An iterator type whose items come from a private generator."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


def _gen_type(name, make, keywords=False):
    """A class named name: calling it checks the arguments with make, which
    returns the generator of the items."""
    def __new__(cls, *args, **kwargs):
        if kwargs and not keywords:
            if cls.__init__ is object.__init__:
                raise TypeError('%s() takes no keyword arguments' % name)
            kwargs = {}
        self = object.__new__(cls)
        self._gen = make(*args, **kwargs)
        return self
    try:
        # argument errors name the type, as CPython's do
        make.__code__ = make.__code__.replace(co_name=name, co_qualname=name)
    except (AttributeError, TypeError, ValueError):
        pass
    make.__name__ = make.__qualname__ = name
    return type(name, (_GenIter,), {'__new__': __new__, '__module__': 'itertools',
                                    '__doc__': make.__doc__})


@_setup_in_new('count', keywords=True)
class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not _is_number(v):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        name = type(self).__name__
        if type(self._step) is int and self._step == 1:
            return '%s(%r)' % (name, self._n)
        return '%s(%r, %r)' % (name, self._n, self._step)


@_setup_in_new('cycle')
class cycle:
    """cycle(iterable): its items, repeated forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._replay = None

    def __iter__(self):
        return self

    def __next__(self):
        if self._replay is None:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._replay = 0
        item = self._saved[self._replay]
        self._replay = (self._replay + 1) % len(self._saved)
        return item


@_setup_in_new('repeat', keywords=True)
class repeat:
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = max(_int_arg(times, 'times'), 0)
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)


def _add(a, b):
    return a + b


def _make_accumulate(iterable, func=None, *, initial=None):
    """Running totals (or results of func) over iterable."""
    return _accumulate(iter(iterable), func, initial)


accumulate = _gen_type('accumulate', _make_accumulate, keywords=True)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        func = _add
    for item in it:
        total = func(total, item)
        yield total


@_setup_in_new('chain')
class chain:
    """chain(*iterables): items of each iterable in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None


def _make_compress(data, selectors):
    return (d for d, s in zip(iter(data), iter(selectors)) if s)


compress = _gen_type('compress', _make_compress, keywords=True)


def _make_dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


dropwhile = _gen_type('dropwhile', _make_dropwhile)


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    for item in it:
        yield item


def _make_filterfalse(predicate, iterable):
    return _filterfalse(bool if predicate is None else predicate,
                        iter(iterable))


filterfalse = _gen_type('filterfalse', _make_filterfalse)


def _filterfalse(predicate, it):
    for item in it:
        if not predicate(item):
            yield item


@_setup_in_new('groupby', keywords=True)
class groupby:
    """groupby(iterable, key=None): (key, group iterator) for each run."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._done = False
        self._has_current = False
        self._current = None
        self._current_key = None
        self._group_owner = None

    def __iter__(self):
        return self

    def _advance(self):
        # fetch the next item; False at the end of the input
        for item in self._it:
            self._current = item
            self._current_key = item if self._keyfunc is None \
                else self._keyfunc(item)
            self._has_current = True
            return True
        self._done = True
        self._has_current = False
        return False

    def __next__(self):
        if self._group_owner is not None:
            # skip what is left of the previous group
            key = self._group_owner._key
            while self._has_current and self._current_key == key:
                if not self._advance():
                    break
        elif not self._has_current and not self._done:
            self._advance()
        if not self._has_current:
            raise StopIteration
        self._group_owner = _grouper(self, self._current_key)
        return self._current_key, self._group_owner


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._group_owner is not self or not p._has_current:
            raise StopIteration
        if not p._current_key == self._key:
            raise StopIteration
        item = p._current
        p._advance()
        return item


@_setup_in_new('islice')
class islice:
    """islice(iterable, [start,] stop [, step])."""

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError('islice expected at least 2 arguments, got 1')
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (len(args) + 1))
        s = slice(*args)
        start = 0 if s.start is None else s.start
        stop = s.stop
        step = 1 if s.step is None else s.step
        if len(args) == 1 and stop is not None and not _is_index(stop):
            raise ValueError('Stop argument for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if not _is_index(start) or (stop is not None and not _is_index(stop)):
            raise ValueError('Indices for islice() must be None or an integer:'
                             ' 0 <= x <= sys.maxsize.')
        if not _is_index(step) or step < 1:
            raise ValueError('Step for islice() must be a positive integer or'
                             ' None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            self._drain_to(self._stop)
            raise StopIteration
        while self._pos < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item

    def _drain_to(self, stop):
        # consume up to stop like CPython, then finish
        it = self._it
        self._it = None
        while self._pos < stop:
            try:
                next(it)
            except StopIteration:
                return
            self._pos += 1


def _is_index(v):
    return isinstance(v, int) and v >= 0


def _make_pairwise(iterable):
    return _pairwise(iter(iterable))


pairwise = _gen_type('pairwise', _make_pairwise)


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        break


def _make_starmap(function, iterable):
    return _starmap(function, iter(iterable))


starmap = _gen_type('starmap', _make_starmap)


def _starmap(function, it):
    for args in it:
        yield function(*args)


def _make_takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


takewhile = _gen_type('takewhile', _make_takewhile)


def _takewhile(predicate, it):
    for item in it:
        if predicate(item):
            yield item
        else:
            break


class _TeeData:
    # items shared by all tee iterators of one source, with per-index access
    def __init__(self, it):
        self.it = it
        self.items = []


class _tee:
    def __init__(self, data, index=0):
        self._data = data
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        if self._index < len(d.items):
            item = d.items[self._index]
        else:
            item = next(d.it)
            d.items.append(item)
        self._index += 1
        return item

    def __copy__(self):
        return _tee(self._data, self._index)


def tee(iterable, n=2):
    n = _int_arg(n, 'n')
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(_TeeData(it))
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


def _make_zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


zip_longest = _gen_type('zip_longest', _make_zip_longest, keywords=True)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


def _make_product(*iterables, repeat=1):
    repeat = _int_arg(repeat, 'repeat')
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


product = _gen_type('product', _make_product, keywords=True)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [prefix + (item,) for prefix in result for item in pool]
    for combo in result:
        yield combo


def _make_permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else _int_arg(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


permutations = _gen_type('permutations', _make_permutations, keywords=True)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
        else:
            return


def _make_combinations(iterable, r):
    pool = tuple(iterable)
    r = _int_arg(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


combinations = _gen_type('combinations', _make_combinations, keywords=True)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def _make_combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    r = _int_arg(r, 'r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(pool, r)


combinations_with_replacement = _gen_type('combinations_with_replacement', _make_combinations_with_replacement, keywords=True)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
