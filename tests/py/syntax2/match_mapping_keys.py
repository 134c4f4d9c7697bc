# Mapping patterns with complex-number keys, and duplicate keys.
def f(x):
    match x:
        case {-0-0j: a}:
            return ('negzero', a)
        case {1+2j: b, -3.5-1j: c}:
            return ('pair', b, c)
        case {0: 'z'}:
            return 'zero'
    return None

print(f({0j: 1}), f({1+2j: 'b', -3.5-1j: 'c'}), f({0: 'z'}), f({}))

for src in [
    "match x:\n case {1+2j: a, 1+2j: b}: pass",
    "match x:\n case {0: a, -0-0j: b}: pass",
    "match x:\n case {1: a, True: b}: pass",
    "match x:\n case {'a': a, 'a': b}: pass",
    "match x:\n case {f'a': 1}: pass",
    "match x:\n case {**_}: pass",
    "match x:\n case {**rest, 1: a}: pass",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_offset)

class Keys:
    KEY = "a"
try:
    match {"a": 0, "b": 1}:
        case {Keys.KEY: y, "a": z}:
            print("matched")
except ValueError as e:
    print("ValueError", e)
