from datetime import datetime, date, time, timezone, timedelta
d = datetime(2009, 9, 6, 15, 8, 5, 123456)
for code in 'aAwdbBmyYHIpMSfjUWcxX%GuV':
    print(code, d.strftime('%' + code))
print(d.strftime('%Y-%m-%d %H:%M:%S.%f'), d.strftime('no codes'), d.strftime(''), d.strftime('%%Y'))
print(date(2024, 1, 1).strftime('%A %j %U %W %G-W%V-%u'), date(2021, 1, 3).strftime('%G %V %u %U %W'))
print(time(0, 5).strftime('%I:%M %p'), time(12, 0).strftime('%I %p'), time(23, 59).strftime('%H%M'))
aware = datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30), 'IST'))
print(aware.strftime('%z %Z'), datetime(2020, 1, 1).strftime('[%z][%Z]'), datetime(2020, 1, 1, tzinfo=timezone.utc).strftime('%z %Z'))
print(format(d, '%d/%m'), '{:%H:%M}'.format(d), f'{d:%Y}', format(d), format(date(2020, 5, 17)), format(time(1, 2)))
print(datetime(1, 1, 1).strftime('%Y'), datetime(999, 1, 1).strftime('%Y|%y'))
