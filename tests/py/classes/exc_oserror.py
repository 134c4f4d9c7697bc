e = OSError(2, 'No such file or directory')
print(type(e).__name__, e.errno, e.strerror, e.filename, str(e), repr(e), e.args)
e = OSError(2, 'No such file', 'x.txt')
print(type(e).__name__, e.filename, str(e), e.args)
e = OSError(1, 'msg', 'a', None, 'b')
print(str(e), e.filename2)
e = OSError('just one')
print(e.errno, e.strerror, str(e), e.args)
e = OSError()
print(e.errno, str(e), e.args)
for code in [1, 2, 13, 17, 20, 21, 11, 110, 32, 111, 104, 10, 3]:
    print(code, type(OSError(code, 'm')).__name__)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), FileNotFoundError(2, 'x').errno)
e = FileNotFoundError(2, 'nope', 'f')
print(repr(e), str(e))
e = OSError(2, 'a', 'b', 'c', 'd', 'e')
print(e.args, str(e))
e.errno = 5
e.strerror = 'changed'
e.filename = 'q'
print(e.errno, e.strerror, e.filename)
class MyOS(OSError): pass
print(type(MyOS(2, 'x')).__name__)
try:
    open('/definitely/not/here.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
b = BlockingIOError(11, 'x')
b.characters_written = 3
print(b.characters_written, issubclass(BrokenPipeError, ConnectionError))
