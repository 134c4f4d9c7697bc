def t(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("ValueError group", [str(x) for x in e.exceptions])
    except* TypeError:
        print("TypeError group")
try:
    t([ValueError(1), TypeError(2)])
except Exception as e:
    print("escaped", e)
try:
    t([ValueError(1), KeyError(3)])
except ExceptionGroup as e:
    print("rest", repr(e.exceptions))
try:
    try:
        raise ValueError("plain")
    except* ValueError as e:
        print("wrapped", type(e).__name__, e.exceptions)
except Exception as e:
    print("no", e)
