import sys
n = sys.stdout.write("hello\n")
print(n, sys.stdout.write(""), sys.stdout.write("h\xe9\n"))
sys.stdout.flush()
print(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding)
print(repr(sys.stdout), repr(sys.stderr), repr(sys.stdin))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.isatty(), sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
sys.stderr.write("to stderr\n")
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
class Sink:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
sink = Sink()
sys.stdout = sink
print("captured", 1)
sys.stdout.write("direct\n")
sys.stdout = sys.__stdout__
print(sink.data)
sys.stdout.writelines(["a\n", "b\n"])
sys.stdout = None
print("lost")
sys.stdout = sys.__stdout__
print("back")
