# Mock: calls recorded, return values, side effects, assertions
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, DEFAULT

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, str(e).replace(hex(0), ''))

m = Mock(return_value=3)
print(m(1, a=2))
print(m.called, m.call_count, m.call_args)
print(m.call_args.args, m.call_args.kwargs)
m.assert_called_with(1, a=2)
m.assert_called_once_with(1, a=2)
m.assert_called_with(ANY, a=2)
m(5)
print(m.call_args_list)
print(m.call_args_list == [call(1, a=2), call(5)])
m.assert_any_call(1, a=2)
err(lambda: m.assert_called_once())
err(lambda: m.assert_called_with(7))
err(lambda: m.assert_any_call(9))
err(lambda: m.assert_not_called())
err(lambda: Mock().assert_called())
err(lambda: Mock(name='foo').assert_called_once_with(1))
err(lambda: m.assert_caled())
m.reset_mock()
print(m.call_count, m.call_args, m.call_args_list)

# attribute children and method_calls/mock_calls
p = Mock()
p.method(1)
p.attr.sub(2, x=3)
p()(4)
p().other(5)
print(p.method_calls)
print(p.mock_calls)
print(p.method.mock_calls)
print(p.mock_calls == [call.method(1), call.attr.sub(2, x=3), call(), call()(4), call(), call().other(5)])
p.assert_has_calls([call.method(1), call.attr.sub(2, x=3)])
p.assert_has_calls([call.attr.sub(2, x=3), call.method(1)], any_order=True)
err(lambda: p.assert_has_calls([call.nope()]))

# side effects
s = Mock(side_effect=[1, 2, KeyError('k')])
print(s(), s())
err(s)
err(s)
s2 = Mock(side_effect=ValueError('bad'))
err(s2)
s3 = Mock(side_effect=lambda x: x * 2)
print(s3(21))
s4 = Mock(side_effect=lambda: DEFAULT, return_value=9)
print(s4())
s5 = Mock(wraps=lambda a, b: a + b)
print(s5(1, 2), s5.call_args)

# configure, names, repr without ids
c = Mock(**{'a.b.return_value': 5, 'x': 1})
print(c.a.b(), c.x)
c.configure_mock(y=2)
print(c.y)
n = Mock(name='thing')
print(repr(n).split(' id=')[0])
print(repr(n.child().x).split(' id=')[0])
print(repr(Mock()).split(' id=')[0])
del n.gone
err(lambda: n.gone)
print(sentinel.foo is sentinel.foo, sentinel.foo)

# call objects
print(call(1, 2, a=3), call.foo.bar(1), call()(2), call.x().y(3))
print(call(1).m(2).call_list())
print(call(1) == call(1), call(1) == call(2), call.a(1) == call.b(1))
print(call(1, a=2).args, call(1, a=2).kwargs)
print(ANY == 3, repr(ANY))
