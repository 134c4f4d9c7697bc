import unicodedata
print(unicodedata.unidata_version, type(unicodedata.unidata_version).__name__)
print(sorted(n for n in ['category', 'name', 'lookup', 'normalize', 'is_normalized', 'decimal', 'digit', 'numeric',
                          'combining', 'bidirectional', 'east_asian_width', 'mirrored', 'decomposition']
             if hasattr(unicodedata, n)))
print('\N{EURO SIGN}' == unicodedata.lookup('EURO SIGN'))
