# add_note and __notes__
e = ValueError("x")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as ex:
    print("TypeError", ex)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as ex:
    print("TypeError", ex)
try:
    try:
        raise KeyError("k")
    except KeyError as ex:
        ex.add_note("while looking up")
        raise
except KeyError as ex:
    print(ex.__notes__)
