from datetime import timedelta
tds = [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=1), timedelta(microseconds=-1), timedelta(days=1, hours=-1), timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8), timedelta(hours=1.5), timedelta(days=0.000001)]
for t in tds:
    print(repr(t), str(t), t.days, t.seconds, t.microseconds, t.total_seconds(), bool(t))
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, a * 3, 2 * b, a / 4, a / b, a // b, a % b, divmod(a, b), -a, abs(-a), +a, a / 1.5, a * 0.3)
print(a > b, a == timedelta(seconds=18000), a != b, max(a, b), min(a, b), sorted([a, b, timedelta(0)]))
for bad in [lambda: a / 0, lambda: a // timedelta(0), lambda: timedelta(days=1e9), lambda: timedelta('1')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(timedelta.max, timedelta.min, timedelta.resolution, timedelta.max + timedelta.min)
print(timedelta(seconds=0.5) == timedelta(milliseconds=500), hash(timedelta(1, 2, 3)) == hash(timedelta(1, 2, 3)), {timedelta(1): 'x'}[timedelta(hours=24)])
print(timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(seconds=1e-7), round(timedelta(seconds=86399.999999).total_seconds(), 6))
