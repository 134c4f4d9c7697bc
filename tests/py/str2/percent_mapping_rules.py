# str % mapping: positional conversions take the mapping itself until a key is used.
def t(f, a):
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
t('%(a)s %s', {'a': 1})
t('%s %(a)s', {'a': 1})
t('%s', {'a': 1})
t('%s %s', {'a': 1})
t('%(a)s %(a)s', {'a': 1})
t('%(a)s %*d', {'a': 1})
t('%s', ({'a': 1},))
t('%(a)s', [1])
t('%(a)s', (1,))
t('%(a)s %%', {'a': 1})
t('%(a)s %(b)r', {'a': 'x', 'b': 'y'})
t('%(a)d', {'a': 1.5})
t('%(missing)s', {})
t(b'%(a)s %s', {b'a': b'1'})
t(b'%(a)s %(a)s', {b'a': b'1'})
t('%()s', {'': 'empty'})
t('%(a(b))s', {'a(b)': 3})
