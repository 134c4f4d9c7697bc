# a generator made by the for statement is closed when the loop is left early
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print('finally', tag)

for x in g('break'):
    break
print('after break')

def f():
    for x in g('return'):
        return x
print(f(), 'after return')

try:
    for x in g('raise'):
        raise ValueError('v')
except ValueError:
    print('handler')

it = g('kept')
for x in it:
    break
print('a named generator stays open:', next(it))
it.close()

def outer():
    for x in g('outer'):
        for y in g('inner'):
            return 5
print(outer())

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
for x in catcher():
    break

for x in g('complete'):
    pass

class Box:
    def items(self):
        try:
            yield 'a'
            yield 'b'
        finally:
            print('method generator closed')
for v in Box().items():
    print(v)
    break

def w():
    with open_ctx('ctx'):
        yield 1
        yield 2
class open_ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): return self
    def __exit__(self, *a):
        print('exit', self.n, a[0])
for x in w():
    break
print('end')

def nested_raise():
    for a in g('outer loop'):
        for b in g('inner loop'):
            raise KeyError('k')
try:
    nested_raise()
except KeyError:
    print('nested raise handled')

def break_through_finally():
    for a in g('loop'):
        try:
            break
        finally:
            print('try finally first')
break_through_finally()
