# OSError: errno/strerror/filename, str forms, subclass by errno
e = OSError()
print(e.errno, e.strerror, e.filename, e.filename2, repr(str(e)), e.args)
e = OSError("just a message")
print(e.errno, e.strerror, str(e), e.args)
e = OSError(99, "Some error")
print(type(e).__name__, e.errno, e.strerror, str(e), e.args)
e = OSError(2, "No such file or directory")
print(type(e).__name__, str(e))
e = OSError(2, "No such file or directory", "a.txt")
print(type(e).__name__, str(e), e.filename, e.args)
e = OSError(1, "Op", "a", None, "b")
print(type(e).__name__, str(e), e.filename2)
for n in (1, 2, 13, 17, 20, 21, 110, 5):
    print(n, type(OSError(n, "x")).__name__)
e = FileNotFoundError(2, "nf", "f")
print(type(e).__name__, str(e), isinstance(e, OSError))
e = OSError(1, 2, 3, 4, 5, 6)
print(e.errno, e.args, str(e))
try:
    raise FileNotFoundError("missing.txt")
except OSError as ex:
    print(type(ex).__name__, ex)
e = OSError(2, "x")
e.errno = 5
print(e.errno, str(e))
