print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(2**70, 3))
for args in [(1, 0), ("a", 1)]:
    try:
        divmod(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print("TypeError", e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 7), pow(3, 4, -5), pow(base=2, exp=3), pow(2, 3, mod=5))
print(pow(2.0, 3), pow(-8, 1/3) == (-8) ** (1/3))
for args in [(2, 3, 0), ("a", 2), (2, 3, 1.5)]:
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pow()
except TypeError as e:
    print("TypeError", e)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(5), round(0.5, None))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(10**20 + 5, -1))
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 3))
try:
    round("x")
except TypeError as e:
    print("TypeError", e)
try:
    round()
except TypeError as e:
    print("TypeError", e)
try:
    round(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
