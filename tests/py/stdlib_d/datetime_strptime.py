from datetime import datetime
cases = [('2023-07-04', '%Y-%m-%d'), ('04/07/23', '%d/%m/%y'), ('July 4 2023', '%B %d %Y'), ('Tue Jul  4 12:00:00 2023', '%a %b %d %H:%M:%S %Y'), ('12:30 PM', '%I:%M %p'), ('12:30 am', '%I:%M %p'), ('2023-185', '%Y-%j'), ('20230704T101112', '%Y%m%dT%H%M%S'), ('1.5', '%S.%f'), ('2023-07-04 +0530', '%Y-%m-%d %z'), ('2023-07-04Z', '%Y-%m-%d%z'), ('  2023', ' %Y'), ('99', '%y'), ('68', '%y'), ('69', '%y'), ('2023 27 1', '%Y %W %w'), ('2023 27 1', '%Y %U %w')]
for s, f in cases:
    try:
        print(repr(datetime.strptime(s, f)))
    except ValueError as e:
        print('ValueError', e)
for s, f in [('2023-13-01', '%Y-%m-%d'), ('2023-02-30', '%Y-%m-%d'), ('abc', '%Y'), ('2023', '%Y %m'), ('2023-01-01 extra', '%Y-%m-%d'), ('25:00', '%H:%M')]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print('ValueError', e)
try:
    datetime.strptime(2023, '%Y')
except TypeError as e:
    print('TypeError', e)
