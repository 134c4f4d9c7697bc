class Meta(type):
    def __instancecheck__(cls, obj):
        print('instancecheck', type(obj).__name__); return obj == 'magic'
    def __subclasscheck__(cls, sub):
        print('subclasscheck', sub.__name__); return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('x', Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(Magic(), Magic))
print(isinstance(1, (str, Magic)))
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(bool, (str, int)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
