def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
show(29, lambda: ('abc' < 'abd', 'a' < 'é', 'é' < '€', '€' < '😀', '\uffff' < '\U00010000', 'Z' < 'a', '' < 'a', 'ab' < 'a'))
show(30, lambda: 'abc' < 1)
show(31, lambda: 'abc'[1:100:-1] + 'abc'[::-2] + 'héllo wörld'[-3::-3] + 'héllo'[10:] + 'héllo'[-10:2])
show(32, lambda: 'abc'[10])
show(33, lambda: 'abc'[1.5])
show(34, lambda: 'abc'[::0])
show(35, lambda: ('héllo'.find('l'), 'héllo'.rfind('l'), 'héllo'.index('o'), 'héllo'.find('é', 1, 2), 'héllo'.count('l', -3), '😀x😀'.rfind('😀'), 'aaa'.count('aa'), 'abc'.find('c', -1), 'abc'.find('', 4), 'abc'.find('', 3)))
show(65, lambda: ('a' in 'abc', '' in '', 'é' in 'café', 'ab' in 'acb'))
show(66, lambda: 1 in 'abc')
show(67, lambda: (hash('') == 0, 'abc'.__len__(), len('😀é'), 'abc'.__getitem__(1), 'a'.__mul__(3), 'a'.__rmul__(2), 'a'.__add__('b'), 'a'.__mod__(()), 'x'.__ne__('y')))
