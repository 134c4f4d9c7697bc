# the codecs str.encode / bytes.decode know: utf-8(-sig), ascii, latin-1, utf-16, utf-32
for enc in ("utf-8", "UTF8", "utf_8", "u8", "latin-1", "latin1", "ISO-8859-1", "iso8859_1", "cp819", "ascii", "US-ASCII",
            "utf-16", "utf16", "UTF-16LE", "utf-16-be", "utf-32", "utf_32_le", "UTF-32BE", "utf-8-sig"):
    try:
        print(enc, "aé".encode(enc), "aé".encode(enc).decode(enc))
    except UnicodeError as e:
        print(enc, type(e).__name__, e)
print("a😀".encode("utf-16"), "a😀".encode("utf-16-be"), "a😀".encode("utf-32"), "a".encode("utf-32-be"), "".encode("utf-16"))
cases = [(b"a", "utf-16"), (b"\xff\xfea\x00", "utf-16"), (b"\xfe\xff\x00a", "utf-16"), (b"a\x00\x00\xd8", "utf-16-le"),
         (b"\x00\xdca\x00", "utf-16-le"), (b"\x00\xd8\x00\xd8", "utf-16-le"), (b"=\xd8\x00\xde", "utf-16-le"), (b"abc", "utf-32"),
         (b"\xff\xfe\x00\x00a\x00\x00\x00", "utf-32"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"),
         (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"abc", "utf-8-sig"), (b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32")]
for b, e in cases:
    try:
        print(repr(b.decode(e)))
    except UnicodeDecodeError as ex:
        print(b, e, type(ex).__name__, ex)
for err in ("replace", "ignore", "backslashreplace"):
    print(err, repr(b"a\x00\x00\xd8b\x00".decode("utf-16-le", err)), repr(b"\x00\x00\x11\x00".decode("utf-32-le", err)))
for f in (lambda: "\ud800".encode("utf-16"), lambda: "a\udfff".encode("utf-32-le"), lambda: "x".encode("utf-7x"), lambda: b"x".decode("rot13x")):
    try:
        print(f())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
print("\ud800".encode("utf-16-le", "surrogatepass"), "\udcff".encode("utf-16-le", "replace"), "é".encode("utf-16", "strict"))
