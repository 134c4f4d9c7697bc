import datetime as d
for x in [d.datetime(1,2,3,4,5,6), d.datetime(2021,12,25,14,0,9,5, tzinfo=d.timezone.utc)]:
  for f in ['%4Y','%-d','%_d','%04d','%-Y','%10B','%^a','%_H','%-j','%3d','%-4Y', '%#b', '%010Y','%-m/%-d/%y', '%^B', '%_3S', '%5z', '%-I%p', '%#p', '%e', '%-e', '%0e', '%5%', '%-', '%Y%', '%^Z', '%_10A']:
    print(repr(f), repr(x.strftime(f)))
