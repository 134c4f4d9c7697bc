# calendar: text calendars, month ranges, leap years, iterators.
import calendar

print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=6, m=3)[:400])
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2),
      calendar.isleap(2000), calendar.isleap(2100), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 11, 24), calendar.day_name[0], calendar.month_abbr[12])
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), c.monthdayscalendar(2024, 3)[0])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2021, 7))
print(calendar.HTMLCalendar().formatmonth(2020, 1)[:200])
print(calendar.timegm((2020, 1, 1, 0, 0, 0)))
try:
    calendar.monthrange(2020, 13)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError', e)
