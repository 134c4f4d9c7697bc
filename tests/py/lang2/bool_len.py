class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), len(L(3)))
if not L(0): print('empty')
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class Plain: pass
print(bool(Plain()))
print(L(0) or 'right', L(2) and 'right2')
x = L(0)
print((x or []) is x)
print(not B(), not Plain())
print(0 or None, 1 and 0, [] or {} or 'last')
