# case conversion on ASCII and non-ASCII text
tests = ["hello World", "ÀÉÎõü", "straße", "ǅungla", "ﬁne", "İstanbul", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "aΣ b", "Σ", "aΣ.b", "ΣA",
         "hello_world-foo bar", "they're bill's friends", "123abc", "", "ŉ", "ǰ", "ΐ", "ﬀ", "ı", "ᾳ", "ǈ", "Ⅻ", "ⓐⓑ", "𐐀𐐨"]
for t in tests:
    print(repr(t), repr(t.upper()), repr(t.lower()), repr(t.casefold()), repr(t.swapcase()), repr(t.title()), repr(t.capitalize()))
