def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "one"
        r = 1 / (x - 2)
    except ValueError as e:
        print("ValueError", e)
        return "handled"
    except (ZeroDivisionError, TypeError) as e:
        print("arith", type(e).__name__)
    else:
        print("else", r)
    finally:
        print("finally", x)
    return "end"
for i in range(4):
    print(f(i))
def name_deleted():
    try:
        raise KeyError(1)
    except KeyError as e:
        pass
    try:
        e
    except NameError as ne:
        print("NameError", ne)
name_deleted()
def finally_return():
    try:
        return 1
    finally:
        print("in finally")
print(finally_return())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def break_in_finally():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(break_in_finally())
def continue_in_try():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append('f')
    return out
print(continue_in_try())
def reraise():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise
    except ValueError as e:
        return "reraised " + str(e)
print(reraise())
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        return type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__
print(chain())
def implicit_context():
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise TypeError("b")
    except TypeError as e:
        return repr(e.__context__), e.__cause__
print(implicit_context())
def nested_handlers():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            pass
        import sys
        return sys.exc_info()[0].__name__
print(nested_handlers())
def bare():
    try:
        [][1]
    except:
        return "bare caught"
print(bare())
def return_in_except():
    try:
        raise ValueError
    except ValueError:
        return "ret"
    finally:
        print("fin")
print(return_in_except())
def loop_try_while():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                break
        except Exception:
            pass
    return i
print(loop_try_while())
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert", repr(e))
