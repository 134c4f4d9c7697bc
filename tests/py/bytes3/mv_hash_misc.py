# hashing, pickling, repr and constructor details of memoryview
import pickle, copy, array

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

b = memoryview(b'abc')
print(hash(b) == hash(b'abc'), hash(b[::2]) == hash(b'ac'), hash(b.cast('c')) == hash(b'abc'))
show('writable', lambda: hash(memoryview(bytearray(b'a'))))
show('readonly writable', lambda: hash(memoryview(bytearray(b'a')).toreadonly()) == hash(b'a'))
show('format', lambda: hash(memoryview(b'abcd').cast('i')))
h = memoryview(b'xy'); hv = hash(h); h.release()
print(hash(h) == hv)
show('released hash', lambda: hash(memoryview(b'x').__class__(b'q')) == hash(b'q'))
r = memoryview(b'x'); r.release()
show('released unhashed', lambda: hash(r))
show('pickle', lambda: pickle.dumps(b))
show('copy', lambda: copy.copy(b))
show('ctor int', lambda: memoryview(1))
show('ctor str', lambda: memoryview('abc'))
show('ctor list', lambda: memoryview([1]))
show('ctor none', lambda: memoryview())
show('ctor kw', lambda: memoryview(object=b'ab').tobytes())
show('ctor kw bad', lambda: memoryview(obj=b'ab'))
m2 = memoryview(memoryview(b'abcdef')[1:4])
print(m2.obj, m2.tobytes(), m2.readonly)
arr = array.array('i', [1])
print(memoryview(memoryview(arr)).obj is arr)
show('subclass', lambda: type('M', (memoryview,), {}))
print(type(iter(memoryview(b'a'))).__name__ in ('memory_iterator', 'iterator'))
print(list(reversed(memoryview(b'abc'))), 98 in memoryview(b'abc'), memoryview(b'abc').count if hasattr(memoryview, 'count') else 'nocount')
show('toreadonly', lambda: memoryview(bytearray(b'a')).toreadonly().readonly)
show('toreadonly set', lambda: memoryview(bytearray(b'a')).toreadonly().__setitem__(0, 1))
