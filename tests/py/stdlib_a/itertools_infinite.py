from itertools import count, cycle, repeat, islice, accumulate, chain
import operator

print(count(), count(5, 2), count(1.5), count(2, 1.0), count(-1, -1))
c = count(3)
next(c); print(c, next(c))
print(repeat(1), repeat('a', 3), list(repeat(1, 2)), list(repeat(1, -2)))
r = repeat('x', 3); next(r); print(r)
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(accumulate([1, 2, 3])), list(accumulate([1, 2], initial=10)))
print(list(accumulate([3, 1, 4], max)), list(accumulate([], initial=0)))
print(list(accumulate([1, 2, 3], operator.mul)))
print(list(chain('ab', [1])), list(chain.from_iterable(['ab', 'c'])), list(chain()))
