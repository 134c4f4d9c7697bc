def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
class S(str): pass
class I(int): pass
class F(float): pass
class B(bytes): pass
show(35, lambda: (int.__add__(1, 2.0), int.__add__(1, 2), float.__add__(1.0, 1), float.__radd__(1.0, 2), int.__radd__(1, 2), (3).__rpow__(2), (2.0).__rtruediv__(1), (2).__rsub__(5)))
show(36, lambda: (int.__eq__(1, 1.0), int.__lt__(1, 2.5), float.__eq__(1.0, 1), complex.__eq__(1j, 1j), (1).__ne__('a'), (1.0).__lt__('a')))
show(37, lambda: (5).__divmod__(0))
show(38, lambda: int.__new__(I, 7) + 0)
show(39, lambda: (I(7).__class__.__name__, float.__new__(F, 2).__class__.__name__, str.__new__(S, 'x').__class__.__name__, bytes.__new__(B, b'x').__class__.__name__))
show(40, lambda: int.__new__(str, 1))
show(41, lambda: (1).__format__(''), )
show(42, lambda: (1).__format__(1))
show(43, lambda: (1.5).__format__(None))
show(44, lambda: object.__format__(1, 'd'))
show(46, lambda: format(object(), 'x'))
show(100, lambda: format(1, '%Y'))
show(101, lambda: format(True, '%Y'))
show(102, lambda: '{:%Y}'.format(1))
show(103, lambda: format(1, ',c'))
show(104, lambda: format(1, 'z'))
