# base64's legacy functions want one dimension of single bytes
import base64, array

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for f in (base64.encodebytes, base64.decodebytes):
    show(f.__name__ + ' str', lambda: f(''))
    show(f.__name__ + ' list', lambda: f([]))
    show(f.__name__ + ' 2d', lambda: f(memoryview(b'1234').cast('B', (2, 2))))
    show(f.__name__ + ' int', lambda: f(memoryview(b'1234').cast('I')))
    show(f.__name__ + ' array', lambda: f(array.array('B', b'YWJj')))
print(base64.b64encode(memoryview(b'abcd').cast('B', (2, 2))), base64.b64encode(array.array('i', [1])))
print(base64.b64decode('YWJj'), base64.b64decode(b'YW Jj'), base64.standard_b64decode(bytearray(b'YWJj')))
show('validate', lambda: base64.b64decode(b'YW Jj', validate=True))
print(base64.b32encode(b'abc'), base64.b16encode(array.array('B', [1, 255])), base64.a85encode(b'hi'))
