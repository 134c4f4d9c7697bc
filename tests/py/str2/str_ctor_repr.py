def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
show(56, lambda: str(b'abc'))
show(57, lambda: str(b'abc', 'utf-8', 'strict'))
show(58, lambda: str(1, 'utf-8'))
show(59, lambda: str(object=5))
show(60, lambda: str(encoding='utf-8'))
show(61, lambda: str(b'\xff', errors='replace'))
show(62, lambda: ('\x00\x07\x1b\x7f\x80\x9f\xa0\xad\u2028\ud800\udfff\U0010ffff\ufeff\u200b',))
show(63, lambda: ascii('\x00\x07\x1b\x7f\x80\x9f\xa0\xad\u2028\ud800\udfff\U0010ffff\ufeff\u200b'))
show(64, lambda: repr("'\"") + repr("'") + repr('"') + repr('\\'))
show(81, lambda: list('a😀é'))
show(82, lambda: list(reversed('a😀é')))
show(83, lambda: sorted('cbaé'))
