# Mixed-type datetime operations and argument checks.
import datetime as dt

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)

d = dt.date(2020, 2, 29)
t = dt.datetime(2020, 2, 29, 12, 30)
show(lambda: d - t)
show(lambda: t - d)
show(lambda: d - d)
show(lambda: t - t)
show(lambda: d - dt.timedelta(days=1, hours=23))
show(lambda: t + dt.timedelta(days=366))
show(lambda: d + t)
show(lambda: d == t)
show(lambda: d < t)
show(lambda: t.astimezone(1))
show(lambda: d.strftime(1))
show(lambda: dt.time(1).strftime(None))
show(lambda: d.strftime('%Y-%m-%d %A'))
show(lambda: dt.time(13, 5).strftime('%H:%M %p'))
show(lambda: t.astimezone(dt.timezone.utc).tzinfo is dt.timezone.utc)
show(lambda: dt.date(2020, 1, 1) + 1)
show(lambda: dt.timedelta(1) * 'a')
for f in (lambda: t.astimezone(1), lambda: d.strftime(1)):
    try:
        f()
    except TypeError as e:
        print(e)
