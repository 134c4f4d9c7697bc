from unittest import mock

events = []

class Seq:
    def __iter__(self):
        events.append("iter")
        return iter([1, 2, 3])
    def __len__(self):
        events.append("len")
        return 3

print(list(Seq()), events)
events.clear()
l = [0]
l.extend(Seq())
print(l, events)

class Hint:
    def __iter__(self):
        events.append("iter")
        return iter("ab")
    def __length_hint__(self):
        events.append("hint")
        return 2

events.clear()
print(list(Hint()), events)

class BadIter:
    def __iter__(self):
        raise ValueError("no iter")
    def __len__(self):
        events.append("len")
        return 1

events.clear()
try:
    list(BadIter())
except ValueError as e:
    print("ValueError", e, events)

class BadLen:
    def __iter__(self):
        events.append("iter")
        return iter([1])
    def __len__(self):
        raise KeyError("len")

events.clear()
try:
    list(BadLen())
except KeyError as e:
    print("KeyError", e, events)

m = mock.MagicMock()
m.__iter__.return_value = iter([4, 5])
m.__len__.return_value = 2
print(list(m))
print(m.mock_calls)
