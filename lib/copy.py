"""Shallow and deep copy."""


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type,
           range, slice, type(Ellipsis), type(NotImplemented), type(len),
           type(lambda: 0), property)


class _Probe:
    def method(self):
        pass


_MethodType = type(_Probe().method)


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x, cls))


def _reduce(x, cls):
    if _uses_default_reduce(cls):
        return _reduce_plain(x, cls)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is getattr(object, '__reduce_ex__', None):
        # the default __reduce_ex__ defers to an overridden __reduce__
        reductor = None
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = getattr(x, '__reduce__', None)
        if reductor is None:
            raise Error('un(deep)copyable object of type %s' % cls)
        rv = reductor()
    if isinstance(rv, str):
        return None
    return rv


def _uses_default_reduce(cls):
    # object.__reduce__ may be missing in this runtime: compare with defaults
    return (getattr(cls, '__reduce_ex__', None)
            is getattr(object, '__reduce_ex__', None)
            and getattr(cls, '__reduce__', None)
            is getattr(object, '__reduce__', None))


def _new_instance(cls, *args):
    return cls.__new__(cls, *args)


_VALUE_BASES = (int, float, complex, str, bytes, tuple)


def _reduce_plain(x, cls):
    # protocol-2 style reduction of an ordinary instance: a new object (with
    # the built-in base's value), its __dict__ and slot values as state, and
    # the items of a list or dict base
    if cls is not object and \
            all(klass.__module__ == 'builtins' for klass in cls.__mro__):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and not _is_default_getstate(cls):
        state = getstate()
    else:
        state = _default_state(x, cls)
    if isinstance(x, (set, frozenset)):
        return cls, (list(x),), state
    args = (cls,)
    for base in _VALUE_BASES:
        if isinstance(x, base):
            args = (cls, base(x))
            break
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    return _new_instance, args, state, listiter, dictiter


def _is_default_getstate(cls):
    method = getattr(cls, '__getstate__', None)
    return method is None or method is getattr(object, '__getstate__', None)


def _default_state(x, cls):
    state = getattr(x, '__dict__', None)
    if state is not None:
        state = dict(state) or None
    slots = {}
    for klass in cls.__mro__:
        names = klass.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is _MethodType:
        y = x.__func__.__get__(deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if rv is None:
                return x
            y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # a tuple may have been copied while copying its own items
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    # hold the original so its id cannot be reused during this copy
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def _set_state(y, state):
    setter = getattr(y, '__setstate__', None)
    if setter is not None and not _is_default_setstate(y):
        setter(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _is_default_setstate(y):
    method = getattr(type(y), '__setstate__', None)
    return method is None or method is getattr(object, '__setstate__', None)


__all__ = ["Error", "copy", "deepcopy"]
