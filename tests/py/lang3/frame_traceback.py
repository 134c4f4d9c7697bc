# tb_frame, tb_lineno, tb_next and the frames they keep
import sys

def fail(v):
    local_v = v * 2
    raise ValueError(v)

def middle():
    fail(3)

try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        last = tb
        tb = tb.tb_next
    print(names)
    print(last.tb_frame.f_locals)
    print(last.tb_frame.f_back.f_code.co_name)
    print(last.tb_frame.f_lineno == last.tb_lineno)

def catcher():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame is sys._getframe()
print(catcher())

def loop():
    frames = set()
    for i in range(3):
        try:
            {}[i]
        except KeyError as e:
            frames.add(id(e.__traceback__.tb_frame))
    return len(frames)
print(loop())

try:
    exec("def g():\n    raise KeyError('k')\ng()")
except KeyError as e:
    t = e.__traceback__
    out = []
    while t:
        out.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(out)
