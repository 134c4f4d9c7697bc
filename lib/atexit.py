"""atexit: functions to run when the interpreter exits (the pipit CLI runs
them after the program, in reverse order of registration)."""

_callbacks = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    import sys
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            print('Exception ignored in atexit callback: %r' % (func,), file=sys.stderr)
            try:
                import traceback
                traceback.print_exception(type(e), e, e.__traceback__, file=sys.stderr)
            except ImportError:
                print('%s: %s' % (type(e).__name__, e), file=sys.stderr)
