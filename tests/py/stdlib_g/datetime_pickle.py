import pickle, copy
from datetime import date, time, datetime, timedelta, timezone, tzinfo

objs = [datetime(2020, 1, 2, 3, 4, 5, 678901, fold=1),
        time(1, 2, 3, 4, timezone.utc, fold=1),
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=-5), 'EST')),
        date(2000, 2, 29), timedelta(days=-1, microseconds=5)]
for o in objs:
    for p in range(6):
        o2 = pickle.loads(pickle.dumps(o, p))
        print(p, repr(o2), getattr(o2, 'fold', ''), o2 == o)
    print(repr(copy.deepcopy(o)), repr(copy.copy(o)))

# the compact state form accepted by the constructors
print(repr(date(b'\x07\xdf\x0b\x1b')))
print(repr(datetime(b'\x07\xdf\x0b\x1b\x14;\x01\x00\x10\x00')))
print(repr(time(b'\x14;\x10\x00\x10\x00')), repr(time('\x94;\x10\x00\x10\x00').fold))
for bad in [b'19\x0d5', b'19\x005']:
    try:
        date(bad)
    except TypeError as e:
        print(type(e).__name__)
try:
    datetime(bytes([1] * 10), 'EST')
except TypeError as e:
    print(type(e).__name__, e)

# float components round once, ties to even
for kw in [dict(milliseconds=0.5 / 1000), dict(microseconds=1.5),
           dict(microseconds=2.5), dict(seconds=1.5e-6),
           dict(days=1.1, hours=0.3, microseconds=0.7),
           dict(microseconds=-1.5, seconds=0.1), dict(minutes=-0.25)]:
    print(repr(timedelta(**kw)))

d = date(2021, 3, 4)
dt = datetime(2021, 3, 4)
print(d == dt, dt == d, d != dt, d.__eq__(dt), date.__eq__(d, dt.replace(day=5)))
try:
    d < dt
except TypeError as e:
    print(type(e).__name__, e)
