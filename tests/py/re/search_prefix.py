import re
text = 'the quick brown fox jumps over the lazy dog ' * 50
print(len(re.findall('the', text)), len(re.findall('fox', text)), re.search('dog', text).span())
print(re.search('zzz', text), re.search('lazy dog $', text).span(), len(re.findall(r'o\w', text)))
print(re.search('(?:over) the', text).span(), re.search('q[a-z]+k', text).group())
print([m.start() for m in re.finditer('a', 'banana')], re.search('ana', 'bananas', 2).span())
print(re.search('\u00e9', 'x' * 100 + '\u00e9').start(), re.search('e\u0301', 'cafe\u0301').span())
