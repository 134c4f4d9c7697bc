from datetime import datetime, timezone, timedelta

cases = [
    ("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"),
    ("04/03/21", "%d/%m/%y"),
    ("1999 365", "%Y %j"),
    ("Mon Jan  4 10:20:30 2021", "%a %b %d %H:%M:%S %Y"),
    ("Thursday March 4 2021", "%A %B %d %Y"),
    ("07:15 PM", "%I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("2021-03-04T05:06:07.123", "%Y-%m-%dT%H:%M:%S.%f"),
    ("2021-03-04 +0530", "%Y-%m-%d %z"),
    ("2021-03-04 -01:30", "%Y-%m-%d %z"),
    ("2021-03-04 Z", "%Y-%m-%d %z"),
    ("10%", "%d%%"),
    ("2021-03-04 UTC +0000", "%Y-%m-%d %Z %z"),
    ("20210304", "%Y%m%d"),
    ("70", "%y"),
    ("68", "%y"),
]
for s, f in cases:
    d = datetime.strptime(s, f)
    print(repr(d))

errors = [
    ("2021-13-04", "%Y-%m-%d"),
    ("2021-03-04 extra", "%Y-%m-%d"),
    ("2021-02-30", "%Y-%m-%d"),
    ("hello", "%Y"),
    ("2021", "%Y %"),
    ("25:00", "%H:%M"),
]
for s, f in errors:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print(type(e).__name__, e)

for bad in [(1, "%Y"), ("2021", 2)]:
    try:
        datetime.strptime(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
