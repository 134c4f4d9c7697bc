import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.add(1, 2), op.and_(6, 3), op.floordiv(7, 2), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.mod(7, 3), op.mul(3, 4), op.neg(2), op.or_(4, 1), op.pos(-1))
print(op.pow(2, 10), op.rshift(64, 2), op.sub(5, 7), op.truediv(1, 4), op.xor(5, 1))
print(op.concat([1], [2]), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
d = {}
op.setitem(d, 'a', 1); print(op.getitem(d, 'a')); op.delitem(d, 'a'); print(d)
print(op.index(7), op.length_hint([1, 2]), op.length_hint(iter(range(3))), op.length_hint(3, 9))
print(op.call(max, 1, 5), op.__add__(1, 1))
for f, args in [(op.index, (1.5,)), (op.concat, (1, 2)), (op.indexOf, ([1], 2))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
x = [1]
y = op.iadd(x, [2]); print(x, y is x)
print(op.isub(5, 2), op.imul(2, 3), op.itruediv(1, 2), op.ifloordiv(7, 2), op.imod(7, 2))
print(op.ipow(2, 3), op.ilshift(1, 2), op.irshift(8, 1), op.iand(6, 3), op.ior(1, 2), op.ixor(3, 1))
print(op.iconcat([1], [2]))
