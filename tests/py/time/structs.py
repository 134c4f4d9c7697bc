# gmtime and struct_time: fields, repr, tuple behaviour, errors
import time

t = time.gmtime(0)
print(t)
print(tuple(t), len(t), t[0], t[-1], t[1:3], t.tm_year, t.tm_yday, t.tm_zone, t.tm_gmtoff)
print(isinstance(t, tuple), type(t).__name__, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
for secs in [1, -1, -1.5, 1.9, 86399, 86400, 951782400, 1582981509, 253402300799, -62135596800,
             4102444800, 1e10, -10**12, True]:
    g = time.gmtime(secs)
    print(secs, tuple(g))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff, s == (2020, 1, 2, 3, 4, 5, 6, 7, 0))
s = time.struct_time([2020, 1, 2, 3, 4, 5, 6, 7, 0, 'XYZ', 3600])
print(s, s.tm_zone, s.tm_gmtoff, len(s))
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in [float('nan'), 1e300, 'x', 2**63]:
    try:
        time.gmtime(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
try:
    t.tm_year = 5
except AttributeError as e:
    print('AttributeError')
print(time.gmtime(None)[0] >= 2024, time.gmtime()[0] >= 2024)
l = time.localtime(1582981509)
print(len(l), time.mktime(l), time.mktime(time.localtime(0)))
print(type(time.timezone), type(time.altzone), type(time.daylight), len(time.tzname))
