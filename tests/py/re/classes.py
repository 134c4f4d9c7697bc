import re
print(re.findall(r'[abc]', 'abcdefcba'), re.findall(r'[^abc]', 'abcdef'))
print(re.findall(r'[a-c0-2]', 'a1d3c2'), re.findall(r'[-a]', 'a-b'), re.findall(r'[a-]', 'a-b'))
print(re.findall(r'[]a]', ']a['), re.findall(r'[^]]', ']a['), re.findall(r'[\]]', ']'))
print(re.findall(r'[\d.]+', 'v1.2.3x'), re.findall(r'[\w-]+', 'foo-bar baz'))
print(re.findall(r'[\s]', 'a b\tc\n'), re.findall(r'[\S]+', 'a b\tc\n'))
print(re.findall(r'[\x41-\x43]', 'ABCD'), re.findall(r'[\101]', 'A'), re.findall(r'[\n]', 'a\nb'))
print(re.findall(r'[α-ω]+', 'abc αβγ xyz'), re.findall(r'[^α-ω]+', 'abc αβγ'))
print(re.findall(r'[\u0400-\u04ff]+', 'hi привет'), re.findall(r'[\U0001F600-\U0001F64F]', 'a\U0001F601b'))
print(re.findall(r'[\b]', 'a\bb'), re.findall(r'[.*+?]', 'a.b*c+d?'))
print(re.findall(r'[^\W\d]+', 'ab12cd_3'))
for p in ['[b-a]', r'[\w-z]', r'[a-\d]', '[a', '[]', '[^]', r'[\z]', r'[\8]']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error:', e)
