import pickle

for text in ['abc', 'héllo wörld', '']:
    it = iter(text)
    next(it, None)
    for proto in range(6):
        copy = pickle.loads(pickle.dumps(it, proto))
        print(proto, type(copy).__name__, list(copy))
    print(type(it).__name__, it.__reduce__())
it = iter('xyz')
it.__setstate__(2)
print(list(it))
it = iter('é€')
list(it)
print(it.__reduce__())
