import unicodedata
for c in 'aé\u00bdﬁ①²Å가\u1e9b\uf900ｶ\u00a0\u2126':
    print(ascii(c), repr(unicodedata.decomposition(c)))
