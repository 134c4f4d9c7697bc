import array
import collections.abc

a = array.array('b', [1, 2, 3])
print(isinstance(a, collections.abc.MutableSequence))
print(isinstance(a, collections.abc.Sequence))
print(issubclass(array.array, collections.abc.MutableSequence))
print(isinstance(array.array('d'), collections.abc.Reversible))
print(list(reversed(a)))
