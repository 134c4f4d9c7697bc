# except* clauses
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("caught", repr(e))
except* TypeError as e:
    print("caught2", repr(e))
try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e), repr(e.exceptions[0]))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as e:
    print("rest", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("new")
except BaseException as e:
    print(repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
for bad in ["ExceptionGroup", "int"]:
    try:
        try:
            raise ValueError()
        except* (ExceptionGroup if bad == "ExceptionGroup" else int):
            pass
    except TypeError as e:
        print("TypeError", e)
