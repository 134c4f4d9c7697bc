import re
s = 'Ünïcödé 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 тест 测试 ٠١٢'
print(re.findall(r'\w+', s), re.findall(r'\d', s), re.findall(r'\S+', s))
print(re.search('测', s).span(), re.search('𝔫', s).span(), re.search(r'\bт\w+', s))
print(re.sub('[ïö]', '_', s), re.split(' ', s))
print([m.span() for m in re.finditer('.', '𝔘a𝔫')], re.match('(.)(.)', '𝔘𝔫').groups())
print(re.findall('[𝔘-𝔢]', s), re.fullmatch('.{7}', 'Ünïcödé'))
print(re.sub('(?<=é) ', '|', s), re.findall('(?i)ü', 'üÜ'))
