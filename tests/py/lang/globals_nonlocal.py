counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    def setg():
        global newg
        newg = "created"
    setg()
make()
print(newg)
def nl():
    v = 1
    def a():
        nonlocal v
        v = 2
        def b():
            nonlocal v
            v = 3
        b()
    a()
    return v
print(nl())
def global_in_class():
    class C:
        global gc
        gc = 1
    return gc
print(global_in_class())
x = 1
class Cls:
    x = 2
    def m(self):
        return x
print(Cls().m())
def del_global():
    global counter
    del counter
del_global()
try:
    counter
except NameError as e:
    print(e)
