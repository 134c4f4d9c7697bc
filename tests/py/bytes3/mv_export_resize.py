# a bytearray or array.array cannot change size while a memoryview holds it
import array

def show(label, f):
    try:
        f()
        print(label, 'ok')
    except BufferError as e:
        print(label, 'BufferError', e)

ba = bytearray(b'hello')
m = memoryview(ba)
show('append', lambda: ba.append(33))
show('extend', lambda: ba.extend(b'!!'))
show('iadd', lambda: ba.__iadd__(b'!'))
show('pop', lambda: ba.pop())
show('remove', lambda: ba.remove(104))
show('insert', lambda: ba.insert(0, 1))
show('clear', lambda: ba.clear())
show('del slice', lambda: ba.__delitem__(slice(0, 2)))
show('grow slice', lambda: ba.__setitem__(slice(0, 1), b'xyz'))
show('same size slice', lambda: ba.__setitem__(slice(0, 2), b'HE'))
show('item', lambda: ba.__setitem__(4, 79))
print(ba, m.tobytes())
s = m[1:3]
m.release()
show('slice alive', lambda: ba.append(1))
s.release()
show('all released', lambda: ba.append(33))
print(ba)
with memoryview(ba) as w:
    show('in with', lambda: ba.extend(b'?'))
show('after with', lambda: ba.extend(b'?'))
print(ba)

a = array.array('h', [1, 2, 3])
v = memoryview(a)
show('array append', lambda: a.append(4))
show('array extend', lambda: a.extend([4]))
show('array pop', lambda: a.pop())
show('array del', lambda: a.__delitem__(0))
show('array frombytes', lambda: a.frombytes(b'\x00\x00'))
show('array imul', lambda: a.__imul__(2))
show('array set item', lambda: a.__setitem__(0, 9))
print(a, v.tolist())
v.release()
show('array released', lambda: a.append(4))
print(a)

# a view nobody holds any more does not keep the size fixed
def temp_views(buf):
    for i in range(3):
        memoryview(buf)[0:1].tobytes()
        buf.append(i)
    return buf
print(temp_views(bytearray(b'x')))
print(temp_views(array.array('b', [7])))
