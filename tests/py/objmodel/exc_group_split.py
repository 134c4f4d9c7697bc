# ExceptionGroup construction, split, subgroup, derive and except*
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg))
print(eg.message, len(eg.exceptions), type(eg).__mro__[:3])

match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split(OSError)[0], eg.split(Exception)[0] is eg)
print(repr(eg.split((KeyError, TypeError))[0]))

# metadata is copied to the parts; notes are copied lists
eg.add_note("note")
eg.__cause__ = RuntimeError("cause")
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is eg.__notes__, repr(m.__cause__))

# construction errors
for args in [("m",), ("m", []), (1, [ValueError()]), ("m", [1]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(ExceptionGroup[int])


# derive in a subclass
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)


meg = MyEG("mine", [ValueError(1), KeyError(2)])
print(repr(meg.split(ValueError)[0]), type(meg.subgroup(KeyError)).__name__)


# except*
def handle(exc):
    try:
        raise exc
    except* ValueError as g:
        print("ValueError part", repr(g))
    except* (KeyError, TypeError) as g:
        print("Key/Type part", repr(g))


handle(eg)
handle(ValueError("naked"))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled value errors")
except ExceptionGroup as e:
    print("left over", repr(e))

# raising inside except* chains into a new group
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))

try:
    try:
        pass
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)
