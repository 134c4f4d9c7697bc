# exception attributes: args, __traceback__ chain, with_traceback, __cause__ rules
import sys
def fail():
    raise ValueError('a', 'b')
try:
    fail()
except ValueError as e:
    print(e.args, str(e), repr(e))
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    print(tb.tb_lineno > 0, tb.tb_lasti >= 0, isinstance(tb.tb_next.tb_lineno, int))
e2 = KeyError('k')
print(e2.__traceback__, e2.__context__, e2.__cause__, e2.__suppress_context__)
try:
    raise e2.with_traceback(None)
except KeyError as k:
    print(k is e2, k.__traceback__ is not None)
try:
    try:
        fail()
    except ValueError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as r:
    print(repr(r.__cause__), r.__suppress_context__, r.__context__ is r.__cause__)
def reraise_keeps_tb():
    try:
        fail()
    except ValueError:
        raise
try:
    reraise_keeps_tb()
except ValueError as e:
    names = []
    t = e.__traceback__
    while t:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v.args, tb is v.__traceback__, sys.exception() is v)
e3 = OSError(2, 'No such file')
print(e3.errno, e3.strerror, e3.args, str(e3))
e4 = StopIteration(7)
print(e4.value, SystemExit(3).code, KeyError('x').args)
e5 = Exception()
e5.extra = 'attr'
print(e5.extra, e5.__dict__)
