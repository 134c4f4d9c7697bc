from datetime import datetime, date, time, timedelta, timezone
for s in ['2020-01-02', '2020-01-02T03:04', '2020-01-02T03:04:05', '2020-01-02 03:04:05.6', '2020-01-02T03:04:05.123456789', '2020-01-02T03:04:05+02:00', '2020-01-02T03:04:05-0130', '2020-01-02T03Z', '20200102T030405', '2020-W01-1', '2020W011T10', '2020-01-02T03:04:05,5']:
    try:
        print(s, repr(datetime.fromisoformat(s)))
    except ValueError as e:
        print('ValueError', e)
for s in ['2020-1-2', '2020-01-02T', 'x', '2020-13-01', '2020-01-02T25:00', '']:
    try:
        print(datetime.fromisoformat(s))
    except ValueError as e:
        print('ValueError', e)
for s in ['10:20', '10:20:30', '102030', '10:20:30.123', 'T10:20', '10:20:30+05:00', '10:20:30Z']:
    print(s, repr(time.fromisoformat(s)))
for s in ['2020-02-29', '20200229', '2020-W09-6']:
    print(date.fromisoformat(s))
try:
    date.fromisoformat(20200101)
except TypeError as e:
    print('TypeError', e)
d = datetime(2020, 1, 2, 3, 4, 5, 60)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(d.isoformat(timespec=spec), time(3, 4, 5, 60).isoformat(spec))
try:
    d.isoformat(timespec='bad')
except ValueError as e:
    print('ValueError', e)
print(d.isoformat('_'), datetime(2020, 1, 1, tzinfo=timezone(timedelta(seconds=30))).isoformat(), date(2020, 1, 1).isoformat())
print(date.fromisocalendar(2020, 1, 1), date(2020, 12, 31).isocalendar(), date(2021, 1, 1).isocalendar(), tuple(date(2019, 12, 30).isocalendar()))
