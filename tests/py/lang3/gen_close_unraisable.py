# an exception raised while an abandoned generator is closed is reported, not raised
import sys

class Capture:
    def __init__(self): self.text = ''
    def write(self, s): self.text += s
    def flush(self): pass

def report(cap):
    lines = cap.text.splitlines()
    print(lines[0].split(' at 0x')[0], '|', lines[1], '|', lines[-1])

def bad():
    try:
        yield 1
    finally:
        raise KeyError('in finally')

cap = sys.stderr = Capture()
for x in bad():
    break
sys.stderr = sys.__stderr__
print('after bad')
report(cap)

def ignores():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
cap = sys.stderr = Capture()
for x in ignores():
    break
sys.stderr = sys.__stderr__
print('after ignores')
report(cap)
