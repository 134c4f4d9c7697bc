# ExceptionGroup / BaseExceptionGroup objects
eg = ExceptionGroup("m", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg))
print(str(eg), eg.message, eg.exceptions, eg.args[0])
print(str(ExceptionGroup("one", [ValueError()])))
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
print([c.__name__ for c in ExceptionGroup.__mro__])
eg.add_note("n")
m, r = eg.split(ValueError)
print(repr(m), repr(r), m.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(OSError)[0], eg.split(OSError)[1] is eg)
print(repr(eg.split((KeyError, TypeError))[0]))
print(repr(eg.derive([KeyError()])))
for call in [lambda: ExceptionGroup(1, []), lambda: ExceptionGroup("m"), lambda: ExceptionGroup("m", []),
             lambda: ExceptionGroup("m", 5), lambda: ExceptionGroup("m", [1]),
             lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup("m", [ValueError()], x=1),
             lambda: eg.split(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyGroup(ExceptionGroup):
    pass
g = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(g), type(g.split(ValueError)[0]).__name__)
class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message + "!", excs)
d = Derived("d", [ValueError(1), TypeError(2)])
print(repr(d.split(ValueError)))
