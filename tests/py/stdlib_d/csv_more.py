import csv, io
s = io.StringIO()
w = csv.writer(s, lineterminator='\n')
w.writerow(['a', 1, 2.5, None, True, '', 'x\ny', 'q"q'])
w.writerows([[1], [], ['only']])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
w.writerow(['t', 1, 2.0, None, False])
print(repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
s = io.StringIO(); csv.writer(s, Semi).writerow(["it's", 'a;b', 'c']); print(repr(s.getvalue()), list(csv.reader(io.StringIO(s.getvalue()), Semi)))
print(list(csv.reader(['a,b\r\n', 'c,d\n'])), list(csv.reader(['a,"multi', 'line",b'])), list(csv.reader([',,', '""'])), list(csv.reader(['x, "y"'])))
try:
    list(csv.reader(['a\0b']))
except csv.Error as e:
    print('Error', e)
try:
    csv.reader(['x'], quoting=99)
except TypeError as e:
    print('TypeError', e)
try:
    csv.writer(io.StringIO(), quotechar=None)
except TypeError as e:
    print('TypeError', e)
try:
    csv.writer(3)
except TypeError as e:
    print('TypeError', e)
print(csv.field_size_limit(), csv.field_size_limit(1000), csv.field_size_limit(), csv.field_size_limit(131072))
d = csv.DictReader(io.StringIO('a,b\n1\n2,3,4,5\n\n6,7\n'), restkey='rest', restval='-')
print(list(d), d.line_num)
s = io.StringIO(); dw = csv.DictWriter(s, fieldnames=['a', 'b'], extrasaction='ignore', lineterminator='\n'); dw.writerow({'a': 1, 'b': 2, 'c': 3}); print(repr(s.getvalue()))
try:
    csv.DictWriter(s, ['a'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)
