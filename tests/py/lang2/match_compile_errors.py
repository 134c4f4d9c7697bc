for src in ['match x:\n case a:\n  pass\n case b:\n  pass',
            'match x:\n case a | b:\n  pass',
            'match x:\n case [a, a]:\n  pass',
            'match x:\n case {"k": a, "k": b}:\n  pass',
            'match x:\n case (a | [a, b]):\n  pass',
            'match x:\n case _ if y:\n  pass\n case 1: pass',
            'match x:\n case {**rest, "a": 1}:\n  pass',
            'match x:\n case C(a=1, a=2):\n  pass',
            'match x:\n case [*a, *b]:\n  pass',
            'match x:\n case 1 as _:\n  pass',
            'match x:\n case f(1):\n  pass',
            'match x:\n case a.b():\n  pass\n case -1j: pass',
            'match x:\n case 1 + 2:\n  pass',
            'match x:\n case {x.y: 1, 0: _}:\n  pass',
            'match x:\n case {f"": 1}:\n  pass',
            'match x:\n case _:\n  pass\n case 1:\n  pass',
            'match x:\n case a if a:\n  pass\n case b:\n  pass\n case c: pass',
            ]:
    try:
        compile(src, '<m>', 'exec')
        print('OK')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
def seqs(v):
    match v:
        case [1, *_, 3]: return 'a'
        case (1, 2): return 'b'
        case [[*x]]: return x
        case {'k': [*y]} if len(y) > 1: return y
        case str() | bytes(): return 'strlike'
    return 'none'
for v in [[1, 9, 9, 3], (1, 2), [[5, 6]], {'k': [1, 2]}, {'k': [1]}, 'ab', b'', bytearray(b'x'), [1, 3]]:
    print(seqs(v))
class Mapping(dict): pass
def maps(v):
    match v:
        case {'a': _, **kw}: return kw
print(maps(Mapping(a=1, b=2)), maps({'b': 1}))
def getitem_missing(v):
    match v:
        case {'x': x}: return x
class D(dict):
    def __missing__(self, k): return 'missing!'
print(getitem_missing(D()), getitem_missing(D(x=1)))
