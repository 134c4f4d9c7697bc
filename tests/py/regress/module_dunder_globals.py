# A module's own globals named like dunders win over object's methods.
import operator, sys, types

print(operator.__eq__ is operator.eq, operator.__lt__(1, 2), operator.__add__(2, 3))
print(operator.__name__, operator.__class__.__name__, type(operator.__dict__).__name__)
m = types.ModuleType('m')
m.__eq__ = lambda a, b: 'module global'
print(m.__eq__(1, 2), m == m)
print(sys.__eq__(sys), hasattr(sys, '__hash__'))
