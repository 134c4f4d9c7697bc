"""_thread: the low-level names threading is built on (one thread)."""

from threading import (Lock as LockType, allocate_lock, get_ident, get_native_id,
                       RLock, TIMEOUT_MAX, local as _local)

error = RuntimeError
_local = _local


def start_new_thread(function, args, kwargs=None):
    function(*args, **(kwargs or {}))
    return get_ident()


def interrupt_main(signum=2):
    raise KeyboardInterrupt


def exit():
    raise SystemExit


def stack_size(size=0):
    return 0
