from datetime import datetime, timedelta, timezone, tzinfo, time, date
utc = timezone.utc
east = timezone(timedelta(hours=3), 'EAST')
west = timezone(-timedelta(hours=7, minutes=30))
t = datetime(2022, 3, 4, 5, 6, 7, tzinfo=utc)
print(t.astimezone(east), t.astimezone(west), repr(t.astimezone(west)), t.astimezone(east).tzname(), t.astimezone(west).tzname())
print(t == t.astimezone(east), t.astimezone(east) - t.astimezone(west), t.utcoffset(), t.dst(), east.utcoffset(None), west.tzname(None), str(west), repr(east))
print(t.timestamp(), datetime.fromtimestamp(t.timestamp(), east), datetime.fromtimestamp(0, west).isoformat())
naive = datetime(2022, 3, 4)
for bad in [lambda: naive < t, lambda: naive - t, lambda: timezone(5), lambda: timezone(timedelta(hours=25)), lambda: timezone(timedelta(0), 3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(naive == t, naive != t, t.replace(tzinfo=None) == datetime(2022, 3, 4, 5, 6, 7), timezone(timedelta(hours=3)) == east, hash(east) == hash(timezone(timedelta(hours=3))))
class Fixed(tzinfo):
    def __init__(self, minutes):
        self.off = timedelta(minutes=minutes)
    def utcoffset(self, dt):
        return self.off
    def tzname(self, dt):
        return 'F%+d' % (self.off.total_seconds() // 60)
    def dst(self, dt):
        return timedelta(0)
f = Fixed(-90)
x = datetime(2022, 1, 1, 12, tzinfo=f)
print(x, x.tzname(), x.astimezone(utc), x.isoformat(), time(1, tzinfo=f).isoformat(), x.utctimetuple()[:6])
class NoImpl(tzinfo):
    pass
try:
    datetime(2020, 1, 1, tzinfo=NoImpl()).utcoffset()
except NotImplementedError as e:
    print('NotImplementedError', e)
print(timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.utc)), east.fromutc(datetime(2020, 1, 1, tzinfo=east)))
