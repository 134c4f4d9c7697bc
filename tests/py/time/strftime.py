# strftime of fixed tuples, asctime, ctime of UTC times, errors
import time

t = (2020, 2, 29, 13, 5, 9, 5, 60, 0)
for code in 'aAbBcdDeFHIjmMpSTuUwWxXyYCgGVhnrRt%':
    print(code, repr(time.strftime('%' + code, t)))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(0)))
print(time.strftime('%Z %z', time.gmtime(0)))
print(time.strftime('%j %a %A %b %B %p %I', (2021, 12, 31, 0, 30, 0, 4, 365, 0)))
print(time.strftime('plain text, 100%% sure', t), time.strftime('', t))
print(time.strftime('%Y|%y|%C', (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%Y %m %d %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%a %w %u', (2020, 1, 1, 0, 0, 0, -1, 1, 0)), time.strftime('%a', (2020, 1, 1, 0, 0, 0, 7, 1, 0)))
for y, m, d, wd, yd in [(2021, 1, 1, 4, 1), (2021, 1, 3, 6, 3), (2020, 12, 31, 3, 366), (2018, 12, 31, 0, 365),
                        (2026, 12, 31, 3, 365), (2027, 1, 1, 4, 1), (2016, 1, 1, 4, 1), (2015, 12, 31, 3, 365)]:
    print(time.strftime('%G %g %V %U %W', (y, m, d, 12, 0, 0, wd, yd, 0)))
print(time.asctime(t), time.asctime((2020, 1, 1, 0, 0, 0, 2, 1, 0)), time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(time.gmtime(1582981509)), time.strftime('%c', time.gmtime(10**9)))
bad = [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0),
       (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
       (2020, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2, 3), 5, [2020, 1, 1, 0, 0, 0, 0, 1, 0]]
for b in bad:
    try:
        print(time.strftime('%Y', b))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for b in bad[:2] + [(1,)]:
    try:
        print(time.asctime(b))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(b'%Y')
except TypeError as e:
    print('TypeError', e)
try:
    time.mktime((1,))
except TypeError as e:
    print('TypeError', e)
print(type(time.strftime('%Y')), len(time.asctime()), len(time.ctime()), time.ctime(0).endswith('1970') or time.ctime(0).endswith('1969'))
# glibc's flags and widths, and the E/O modifiers
t = (2020, 3, 7, 9, 5, 3, 5, 67, 0)
for f in ['%-d', '%-m/%-d/%y', '%_H', '%-I:%M %p', '%^a %^B', '%#p', '%10A|', '%-10A|', '%05d', '%3j', '%Ey %EY %Od %OH %Oa %Ec',
          '%E%', '%Q', '%5Q', '%-Q', '%', 'x%', '%10%', '%_5d', '%-5d', '%#b']:
    print(repr(f), repr(time.strftime(f, t)))
