# str.format and format_map
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{x}-{y}".format(x=1, y="z"), "{{}} {{{}}}".format(3))
print("{0[1]} {0[k]} {1.real} {1.imag}".format({1: "one", "k": "kay"}, 3 + 4j), "{0[0][1]}".format([[1, 2]]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:>5}|{:<5}|{:^5}|{:*^7}".format("a", "b", "c", "d"))
print("{:{}}|{:{w}.{p}}|".format("x", 4, "abcdef", w=6, p=3), "{0:{1}{2}}".format("q", "^", 5))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{:,}|{:_x}|{:#o}".format(42, 42, -42, 7, 1234567, 0xabcdef, 8))
print("{:.3f}|{:10.2e}|{:g}|{:%}|{:.1%}".format(3.14159, 12345.678, 0.0001, 0.5, 0.123))
print("{:s}".format("str"), "{}".format(None), "{}".format([1, "a"]), "{:.2}".format("abcdef"), "{:10}|".format("é☃"))
print("{0}{0}".format("x"), "{a}{a}".format(a="y"), "{}".format(*["z"]), "{0.__class__.__name__}".format(1))
print("a{}b".format_map({}) if False else "", "{k}".format_map({"k": "v"}))

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a=1)))
bad = ["{", "}", "{0", "{0!", "{0!r", "{0!x}", "{:{:{}}}", "{0[}", "{0.}", "{0[]}", "x{", "{a{}", "{0!rr}", "{0]}",
       "{}{0}", "{0}{}", "{2}", "{missing}", "{0.nope}", "{:d}", "{:s}", "{0[5]}", "{0:x}", "{:=5}", "{:+}", "{:,}", "{:#}", "{!}", "{0!r:}}"]
for f in bad:
    try:
        print(repr(f.format("ab")))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(f), type(e).__name__, e)
try:
    "{a}".format_map([])
except TypeError as e:
    print("TypeError", e)
print(format("abc"), format("abc", ""), format("abc", "^9"), format("abc", "x>6"), format("é", "☃^5"), format("abcdef", ".3"), format("ab", "010"))
for spec in ("d", "=5", "+", " ", "#", ",", "_", "z", "05=", "..", "1.", "ss", "10000000000000000000000"):
    try:
        print(repr(format("abc", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(f"{'x':>4}", f"{'é'!r:^7}", f"{3:{'>'}{5}}")
for f in ['"{}".format_map({})', '"{0}".format_map({})', '"{0[0]}".format_map({})', '"{!é}".format(1)', '"{0!s:>{1}}".format(1,3)',
          '"{:{:}}".format(1,2)', '"{0.real.imag}".format(3)', '"{0[-1]}".format([1,2])', '"{0[ 1]}".format({" 1":5})',
          '"{0[1]}".format("abc")', '"{-1}".format(1)', '"{1a}".format(1)', '"{00}".format(7)', '"{ 0}".format(7)']:
    try:
        print(f, repr(eval(f)))
    except Exception as e:
        print(f, type(e).__name__, e)
