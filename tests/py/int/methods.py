def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, -1, 5, -5, 255, 256, 2**47 - 1, -2**47, 2**64, -(2**64) + 1, 3**100]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(),
          v.__index__(), v.__int__(), v.__getnewargs__(), v.__sizeof__())
print(type((5).real).__name__, type(True.real).__name__, type(True.numerator).__name__)
for v in [0, 5, 15, 25, 35, -15, -25, 149, 150, 151, 250, 12345, -12345, 2**70 + 5 * 10**15]:
    print(v, [round(v, n) for n in [-1, -2, -3, -16, -30, 0, 2]])
show(lambda: round(5, None))
show(lambda: (5).__round__(None))
show(lambda: (5).__round__(1.0))
show(lambda: round(10**30, -40))
show(lambda: float(5))
show(lambda: float(-(2**80)))
show(lambda: float(2**1023))
show(lambda: float(2**1024))
show(lambda: float(-(2**1024)))
show(lambda: float(2**53 + 1))
show(lambda: float(2**53 + 3))
show(lambda: float(2**1024 - 2**970))
show(lambda: float(2**1024 - 2**971))
show(lambda: (5).__float__())
show(lambda: int.bit_length(True))
show(lambda: (5).bit_length(1))
for call in [lambda: (5).conjugate(1), lambda: (5).bit_count(1), lambda: (5).as_integer_ratio(1),
             lambda: (5).__trunc__(1), lambda: (5).__floor__(1), lambda: (5).__ceil__(1),
             lambda: (5).__getnewargs__(1), lambda: (5).__sizeof__(1), lambda: (5).__format__(),
             lambda: (5).__format__(1, 2), lambda: (5).__round__(1, 2), lambda: (5).bit_length(x=1),
             lambda: True.bit_length(2), lambda: (5).to_bytes(1, 'big', False),
             lambda: (5).to_bytes(x=1), lambda: int.from_bytes()]:
    show(call)
