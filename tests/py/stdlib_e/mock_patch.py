# patch, patch.object, patch.dict, patch.multiple, start/stop, mock_open
import os
import unittest
from unittest import mock
from unittest.mock import patch, MagicMock, Mock, sentinel, mock_open

class Thing:
    value = 1
    def method(self, x):
        return x + 1

@patch('os.getcwd')
def f(mocked):
    mocked.return_value = '/fake'
    return os.getcwd(), isinstance(mocked, MagicMock)
print(f())
print(os.getcwd() == '/fake')

with patch.object(Thing, 'value', 5) as v:
    print(Thing.value, v)
print(Thing.value)

with patch.object(Thing, 'method') as meth:
    meth.return_value = 'patched'
    print(Thing().method(3), meth.call_args)
print(Thing().method(3))

@patch.object(Thing, 'value', sentinel.v)
@patch('os.sep', '!')
def g():
    return Thing.value, os.sep
print(g())

@patch('os.path.join')
@patch('os.getcwd')
def h(getcwd, join):
    return getcwd._mock_name, join._mock_name
print(h())

d = {'a': 1}
with patch.dict(d, {'b': 2}, c=3):
    print(sorted(d.items()))
print(d)
with patch.dict(d, {'z': 0}, clear=True):
    print(d)
print(d)

@patch.dict(d, x=9)
def pd():
    return dict(d)
print(pd(), d)

with patch.multiple(Thing, value=7, other=mock.DEFAULT, create=True) as vals:
    print(Thing.value, sorted(vals), isinstance(Thing.other, MagicMock))
print(hasattr(Thing, 'other'))

p = patch.object(Thing, 'value', 100)
print(p.start(), Thing.value)
p.stop()
print(Thing.value)
patch.object(Thing, 'value', 3).start()
patch.stopall()
print(Thing.value)

try:
    with patch.object(Thing, 'missing', 1):
        pass
except AttributeError as e:
    print('AttributeError', str(e).split(' does not')[1])
with patch.object(Thing, 'missing', 1, create=True):
    print(Thing.missing)
print(hasattr(Thing, 'missing'))

try:
    patch('nodots')
except TypeError as e:
    print(e)

m = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', m):
    with open('whatever') as fh:
        print(repr(fh.read()))
    with open('x') as fh:
        print(fh.readline(), end='')
        print(list(fh))
    with open('y') as fh:
        print(fh.readlines())
    with open('w', 'w') as fh:
        fh.write('data')
print(m.call_args_list)
m().write.assert_called_once_with('data')

@patch('os.getcwd', return_value='/cls')
class TC(unittest.TestCase):
    def test_one(self, getcwd):
        self.assertEqual(os.getcwd(), '/cls')
    def test_two(self, getcwd):
        getcwd.assert_not_called()
r = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(TC).run(r)
print(r.testsRun, r.wasSuccessful())

s = Mock(spec=Thing)
print(isinstance(s, Thing))
s.method(1)
try:
    s.nothere
except AttributeError as e:
    print(e)
ss = Mock(spec_set=['a'])
ss.a = 1
try:
    ss.b = 2
except AttributeError as e:
    print(e)
