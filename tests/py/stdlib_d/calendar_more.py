import calendar
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2021, 2, w=3, l=1))
print(tc.formatweekheader(2), tc.formatmonthname(2021, 2, 20), repr(tc.formatweek([(1, 0), (0, 1)], 3)))
print(calendar.monthcalendar(2021, 2), calendar.Calendar(calendar.SUNDAY).monthdayscalendar(2021, 2)[0])
print([calendar.monthrange(y, 2)[1] for y in (1900, 2000, 2023, 2024)], calendar.leapdays(1, 10000), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1) if False else '')
print(list(calendar.Calendar().itermonthdays4(2024, 12))[-1], list(calendar.Calendar().itermonthdays3(2024, 1))[0])
cal = calendar.Calendar(firstweekday=3)
print(cal.firstweekday, cal.getfirstweekday(), [list(row) for row in cal.monthdayscalendar(2024, 6)][:2])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.month(2024, 6))
calendar.setfirstweekday(calendar.MONDAY)
try:
    calendar.monthcalendar(2024, 0)
except calendar.IllegalMonthError as e:
    print(e)
print(calendar.HTMLCalendar().formatweekday(0), calendar.HTMLCalendar().formatday(0, 2), calendar.HTMLCalendar().formatday(5, 6))
