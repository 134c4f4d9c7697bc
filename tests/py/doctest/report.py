# doctest: testmod report format for passing and failing examples, summaries
import doctest, sys


def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    >>> print('x\\ny')
    x
    z
    """
    return a + b


def boom():
    """
    >>> boom()
    Traceback (most recent call last):
      ...
    ValueError: bad value
    >>> boom()
    Traceback (most recent call last):
    ValueError: bad value
    >>> [1, 2, 3]  # doctest: +ELLIPSIS
    [1, ...]
    >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
    [0,  1,  2,  3,  4,  5,  6,  7,  8,  9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    mod.KeyError: something else
    >>> undefined_name  # doctest: +SKIP
    >>> print('')
    <BLANKLINE>
    >>> True
    1
    """
    raise ValueError('bad value')


class Thing:
    """A thing.

    >>> Thing().value
    42
    """
    value = 42

    def method(self):
        """
        >>> Thing().method()
        'm'
        >>> x = 5
        >>> x
        5
        """
        return 'm'


__test__ = {'extra': """
>>> 2 + 2
4
>>> 'nothing'
"""}

r = doctest.testmod()
print(r, r.failed, r.attempted)
r = doctest.testmod(verbose=True)
print(r)
