def show(label, f):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(label, r)
show(15, lambda: [c.isidentifier() for c in ['a', '_', '1', 'é', 'ℕ', '℘', '·', 'a·', '', 'if', 'x\u200c']])
show(16, lambda: [c.isprintable() for c in ['a', '\x7f', '\xa0', '\u2028', '\u00ad', ' ', '\t', '😀', '\U000e0001', '\u0378', '']])
show(17, lambda: [(c, c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum()) for c in '٣²½Ⅻ〇一①𝟘a'])
show(18, lambda: ['ß'.upper(), 'ﬃ'.upper(), 'ŉ'.upper(), 'İ'.lower(), 'ΣΑΣ'.lower(), 'ΣΑΣ Σ'.lower(), 'ß'.casefold(), 'ﬁ'.casefold(), 'ǅ'.lower(), 'ǅ'.upper(), 'ǆ'.title(), 'ßa'.title(), 'ﬁne ﬂy'.title(), 'ǳ'.capitalize(), 'ß'.capitalize(), 'ΐ'.upper(), 'ᾳ'.upper(), 'ᾳ'.title()])
show(19, lambda: ['ΑΣ'.lower(), 'Σ'.lower(), 'ΑΣΑ'.lower(), 'Α.Σ'.lower(), 'ΑΣ.'.lower(), 'Α\u0345Σ'.lower(), 'ΑΣ\u0345'.lower(), 'ΑΣ\u0345Α'.lower()])
show(20, lambda: ['ǅ'.swapcase(), 'ß'.swapcase(), 'İ'.swapcase(), 'ΣΑΣ'.swapcase(), 'ﬁ'.swapcase()])
show(21, lambda: ['ǅ'.istitle(), 'ǅa'.istitle(), 'Aǅ'.istitle(), 'ǅ'.isupper(), 'ǅ'.islower(), 'ﬁ'.islower(), 'ᵃ'.islower(), 'ª'.islower(), 'Ⅻ'.isupper()])
