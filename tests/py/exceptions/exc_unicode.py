# UnicodeDecodeError / UnicodeEncodeError
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e))
e = UnicodeDecodeError("utf-8", b"ab\xff\xfe", 2, 4, "bad")
print(str(e))
e = UnicodeEncodeError("ascii", "h\xe9llo", 1, 2, "ordinal not in range(128)")
print(str(e), e.object, e.start)
e = UnicodeEncodeError("ascii", "\u20ac\U0001f600", 0, 1, "r")
print(str(e))
e = UnicodeEncodeError("ascii", "\u20ac\U0001f600", 1, 2, "r")
print(str(e))
e = UnicodeEncodeError("ascii", "abcd", 1, 3, "r")
print(str(e))
try:
    UnicodeDecodeError("utf-8")
except TypeError as ex:
    print("TypeError", ex)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as ex:
    print(ex)
try:
    "\xe9".encode("ascii")
except UnicodeEncodeError as ex:
    print(ex)
print(issubclass(UnicodeDecodeError, UnicodeError))
