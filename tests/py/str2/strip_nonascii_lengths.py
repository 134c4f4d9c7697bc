# Stripping keeps lengths, ASCII-ness and indexing right on mixed text.
cases = ['  abc  ', 'ééabcéé', 'xéx', 'ééé', '', ' é ', '\u3000x\u3000', 'aé', 'éa', '\u2028\u2029 x\x85']
for s in cases:
    for r in (s.strip(), s.strip('é'), s.lstrip('é '), s.rstrip('x'), s.strip('ax'), s.rstrip('\u3000')):
        print(repr(r), len(r), r.isascii(), r[-1:] if r else '', r[::2])
big = 'é' * 1000 + 'abc' + 'é' * 1000
s = big.strip('é')
print(s, len(s), s.isascii(), s[1], big.lstrip('é')[:5], len(big.rstrip('é')), big.rstrip('é')[-3:])
