import re
print(re.findall('(?i)abc', 'ABC abc AbC'), re.findall('[a-z]+', 'Hello WORLD', re.I))
print(re.match('(?i)σ', 'Σ'), re.match('(?i)Σ', 'ς'), re.match('(?i)ǅ', 'ǆ'), re.match('(?i)K', '\u212a'))
print(re.match('(?i)[à-ÿ]+', 'ÀÉÎ'), re.match('(?i)é', 'É'), re.match('(?ia)é', 'É'))
print(re.match(r'(?i)\w+', 'ÀbC'), re.match('(?i)[^a]', 'A'), re.match('(?i)[^a]', 'b'))
print(re.match('(?i)ß', 'ẞ'), re.match('(?i)i', 'I'), re.match('(?i)ı', 'I'))
print(re.findall('(?i)[k]', 'kK\u212a'), re.findall('(?i)[a-c]', 'ABCDabcd'))
print(re.match('(?i)Ā', 'ā'), re.findall('(?i)ж', 'ЖжЗ'), re.match(r'(?i)[\d]', '1'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match('a(?i:b)', 'aB'), re.match('(?i)a(?-i:b)', 'AB'))
