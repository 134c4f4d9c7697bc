import re
pats = ['(', ')', '*', '+a', '?', 'a**', 'a*+*', 'a{2}{3}', '\\', '[a', '[', 'a[]', '(?', '(?P', '(?P<',
        '(?P<a', '(?P<a>', '(?P<1>a)', '(?P<a-b>x)', '(?P=a)', '(?P=)', '(?P<a>a)(?P<a>b)', '(?Px)',
        '(?<x)', '(?<', '(?#', '(?#x', 'a{3,2}', 'a{99999999999}', '(a)\\2', '\\1(a)', '(a\\1)',
        '(?q)', '(?ix', '(?-)', '(?i-i:a)', '(?a-a:b)', 'x(?i)', '(?P<a>a)(?P=a', 'a)b', 'ab)',
        '((a)', '(?P<é>a)', '(?P<a>b)(?(b)c)', '(?(1', '(?(', '\\N{unknown name}', 'a|*', '^*', '$*',
        '(?<=a|bb)', '(?<=(?P<x>a)(?P=x))b', 'a\nb(', '(?>', '(?>a|*)', 'a{1,2}{', 'x{2}*']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)
e = re.error('boom')
print(e, e.msg, e.pos, e.pattern, re.error is re.error, issubclass(re.error, Exception))
print(re.error('x', 'ab\ncd', 4))
