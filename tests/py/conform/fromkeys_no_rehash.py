# dict.fromkeys of a dict, set or frozenset does not hash the keys again.
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)

d = dict.fromkeys(map(HashCountingInt, range(10)))
count = lambda: sum(k.hash_count for k in d)
print(count())
s = set(d); print(count())
print(list(dict.fromkeys(s)) == list(s), count())
print(dict.fromkeys(frozenset(d), 123) == dict.fromkeys(range(10), 123), count())
print(dict.fromkeys(d, 'v') == dict.fromkeys(range(10), 'v'), count())
class Sub(dict): pass
print(type(Sub.fromkeys(s)).__name__, len(Sub.fromkeys(s)))
print(dict.fromkeys([3, 1, 3]), dict.fromkeys('ab', 0))
