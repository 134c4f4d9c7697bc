# implicit and explicit chaining
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as v:
        raise TypeError("outer") from v
except TypeError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise KeyError("a") from ValueError
except KeyError as e:
    print(repr(e.__cause__))
try:
    raise KeyError("a") from 5
except TypeError as e:
    print("TypeError", e)
# re-raising the exception being handled does not make it its own context
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print(e.__context__)
# a cycle is broken
a = ValueError("a")
b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(b.__context__))
