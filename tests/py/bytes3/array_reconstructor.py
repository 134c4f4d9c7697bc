# array._array_reconstructor: machine format codes and errors
import array, struct
rec = array._array_reconstructor

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

show('uint8', lambda: rec(array.array, 'B', 0, bytes([1, 2, 255])))
show('int8 as h', lambda: rec(array.array, 'h', 1, bytes([255, 1])))
show('u16 be', lambda: rec(array.array, 'H', 3, struct.pack('>HH', 1, 258)))
show('i32 le', lambda: rec(array.array, 'i', 8, struct.pack('<ii', -1, 7)))
show('i32 be', lambda: rec(array.array, 'l', 9, struct.pack('>ii', -1, 7)))
show('u64 be', lambda: rec(array.array, 'Q', 11, struct.pack('>Q', 2**64 - 1)))
show('i64 be', lambda: rec(array.array, 'q', 13, struct.pack('>q', -5)))
show('float be', lambda: rec(array.array, 'f', 15, struct.pack('>f', 1.5)))
show('double be', lambda: rec(array.array, 'd', 17, struct.pack('>d', -2.5)))
show('float as d', lambda: rec(array.array, 'd', 14, struct.pack('<f', 0.25)))
show('utf16 le', lambda: rec(array.array, 'u', 18, 'hé'.encode('utf-16-le')))
show('utf32 be', lambda: rec(array.array, 'u', 21, 'hé'.encode('utf-32-be')))
show('not type', lambda: rec('', 'b', 0, b''))
show('not array', lambda: rec(str, 'b', 0, b''))
show('bad code', lambda: rec(array.array, '?', 0, b''))
show('bad mformat', lambda: rec(array.array, 'b', 22, b''))
show('neg mformat', lambda: rec(array.array, 'b', -1, b''))
show('mformat type', lambda: rec(array.array, 'b', '', b''))
show('items type', lambda: rec(array.array, 'b', 0, ''))
show('length', lambda: rec(array.array, 'd', 16, b'a'))
