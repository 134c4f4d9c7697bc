"""unittest.mock: mock objects that record how they are used, and patch()."""

__all__ = (
    'Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock',
    'PropertyMock', 'AsyncMock', 'patch', 'sentinel', 'DEFAULT', 'ANY',
    'call', 'create_autospec', 'FILTER_DIR', 'mock_open', 'seal',
    'ThreadingMock',
)

import builtins
import inspect
import pprint
import sys
from functools import wraps, partial
from types import FunctionType, MethodType, ModuleType


FILTER_DIR = True
_builtins = {'open', 'print', '__import__', 'input'}


# ---------------------------------------------------------------- sentinels

class _SentinelObject:
    """A unique named object; `sentinel.name` always gives the same one."""
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


# ------------------------------------------------------------------ helpers

def _is_instance_mock(obj):
    # type(obj) rather than obj.__class__: a spec'd mock lies about its class.
    return issubclass(type(obj), NonCallableMock)


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


def _is_async_func(obj):
    if getattr(obj, '__code__', None):
        return inspect.iscoroutinefunction(obj)
    return False


def _is_async_obj(obj):
    if _is_instance_mock(obj) and not isinstance(obj, AsyncMock):
        return False
    if hasattr(obj, '__func__'):
        obj = obj.__func__
    return inspect.iscoroutinefunction(obj) or inspect.isawaitable(obj)


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(obj):
    """Whether instances of the class obj (or obj, if an instance) are callable."""
    if not isinstance(obj, type):
        return getattr(obj, '__call__', None) is not None
    for base in obj.__mro__:
        if base.__dict__.get('__call__') is not None:
            return True
    return False


def _signature_of(func, as_instance=False, skipfirst=False):
    """The inspect.Signature to check calls against, or None."""
    if isinstance(func, type) and not as_instance:
        func = func.__init__
        skipfirst = True
    elif not isinstance(func, FunctionType):
        try:
            func = func.__call__
        except AttributeError:
            return None
    if isinstance(func, (classmethod, staticmethod)):
        func = func.__func__
    try:
        sig = inspect.signature(func)
    except (ValueError, TypeError):
        return None
    if skipfirst and not isinstance(func, MethodType):
        params = list(sig.parameters.values())
        if params and params[0].kind in (params[0].POSITIONAL_ONLY,
                                         params[0].POSITIONAL_OR_KEYWORD):
            sig = sig.replace(parameters=params[1:])
    return sig


def _check_sig(sig, args, kwargs):
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        raise TypeError(*e.args).with_traceback(None) from None


def _delegating_property(name):
    """A property that reads and writes `_mock_<name>`, following `_mock_delegate`."""
    attr = '_mock_' + name

    def getter(self):
        delegate = self._mock_delegate
        if delegate is None:
            return getattr(self, attr)
        return getattr(delegate, name)

    def setter(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[attr] = value
        else:
            setattr(delegate, name, value)

    return property(getter, setter)


# --------------------------------------------------------------- call objects

class _CallList(list):
    """A list of calls; `in` also finds a contiguous sub-list."""
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        n = len(value)
        for i in range(0, len(self) - n + 1):
            if self[i:i + n] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))


def _split_call(value):
    """(name, args, kwargs) of a call-like tuple of length 0 to 3, or None."""
    n = len(value)
    if n == 0:
        return '', (), {}
    if n == 3:
        return tuple(value)
    if n == 1:
        v, = value
        if isinstance(v, tuple):
            return '', v, {}
        if isinstance(v, str):
            return v, (), {}
        return '', (), v
    if n == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return '', first, second
    return None


class _Call(tuple):
    """A recorded call: `call(1, a=2)`, `call.method(3)`, `call()(4)`."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args, kwargs = (), {}
        n = len(value)
        if n == 3:
            name, args, kwargs = value
        elif n == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif n == 1:
            v, = value
            if isinstance(v, str):
                name = v
            elif isinstance(v, tuple):
                args = v
            else:
                kwargs = v
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            split = _split_call(other)
        except TypeError:
            return NotImplemented
        if split is None:
            return False
        if len(self) == 2:
            self_name = ''
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and
                getattr(other, '_mock_parent', None) and
                self._mock_parent != other._mock_parent):
            return False
        other_name, other_args, other_kwargs = split
        if self_name and other_name != self_name:
            return False
        # other first, so that an ANY on either side is asked.
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    __ne__ = object.__ne__
    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ('__getnewargs__', '__getnewargs_ex__'):
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    def count(self, /, *args, **kwargs):
        return self.__getattr__('count')(*args, **kwargs)

    def index(self, /, *args, **kwargs):
        return self.__getattr__('index')(*args, **kwargs)

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple(self)
        return tuple(self)[1:]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call' + name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif name.startswith('()'):
                name = 'call' + name
            else:
                name = 'call.' + name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The calls that make up a chained call, in order."""
        found = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                found.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(found))


call = _Call(from_kall=False)


# ------------------------------------------------------------ the mock class

def _check_and_set_parent(parent, value, name, new_name):
    """Adopt value (a mock) as parent's child unless it has a parent or name."""
    value = _extract_mock(value)
    if not _is_instance_mock(value):
        return False
    if ((value._mock_name or value._mock_new_name) or
            (value._mock_parent is not None) or
            (value._mock_new_parent is not None)):
        return False
    p = parent
    while p is not None:
        if p is value:          # never make a loop
            return False
        p = p._mock_new_parent
    if new_name:
        value._mock_new_parent = parent
        value._mock_new_name = new_name
    if name:
        value._mock_parent = parent
        value._mock_name = name
    return True


def _extract_mock(obj):
    # An autospecced function carries its mock in .mock.
    if isinstance(obj, FunctionType) and hasattr(obj, 'mock'):
        return obj.mock
    return obj


class _MockIter:
    def __init__(self, obj):
        self.obj = iter(obj)

    def __next__(self):
        return next(self.obj)


class Base:
    _mock_return_value = DEFAULT
    _mock_side_effect = None

    def __init__(self, /, *args, **kwargs):
        pass


class NonCallableMock(Base):
    """A mock that records attribute access; calling it is a TypeError."""

    def __new__(cls, /, *args, **kw):
        # Each instance gets its own class, so magic methods can be set per mock.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kw.get('spec_set', kw.get('spec'))
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        namespace = {'__doc__': cls.__doc__}
        proxies = ()
        if issubclass(cls, MagicMixin):
            # The magic methods go in the class body: setting them one by one
            # on a made class costs far more.
            proxies = [MagicProxy(entry, None)
                       for entry in _magics | _async_method_magics]
            for proxy in proxies:
                namespace[proxy.name] = proxy
        new = type(cls.__name__, bases, namespace)
        instance = super().__new__(new)
        for proxy in proxies:
            proxy.parent = instance
        return instance

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 _spec_as_instance=False, _eat_self=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        if _eat_self is None:
            _eat_self = parent is not None
        self._mock_add_spec(spec, spec_set, _spec_as_instance, _eat_self)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        if kwargs:
            self.configure_mock(**kwargs)
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state)

    def attach_mock(self, mock, attribute):
        """Make mock a child of this one under the name attribute."""
        inner = _extract_mock(mock)
        inner._mock_parent = None
        inner._mock_new_parent = None
        inner._mock_name = ''
        inner._mock_new_name = None
        setattr(self, attribute, mock)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec."""
        self._mock_add_spec(spec, spec_set)

    def _mock_add_spec(self, spec, spec_set, _spec_as_instance=False, _eat_self=False):
        if _is_instance_mock(spec):
            raise InvalidSpecError('Cannot spec a Mock object. [object=%r]' % spec)
        spec_class = None
        spec_signature = None
        spec_asyncs = []
        if spec is not None and not _is_list(spec):
            if isinstance(spec, type):
                spec_class = spec
            else:
                spec_class = type(spec)
            spec_signature = _signature_of(spec, _spec_as_instance, _eat_self)
            names = dir(spec)
            for attr in names:
                try:
                    value = inspect.getattr_static(spec, attr, None)
                except Exception:
                    value = None
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if _is_async_func(value):
                    spec_asyncs.append(attr)
            spec = names
        d = self.__dict__
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_spec_signature'] = spec_signature
        d['_mock_methods'] = spec
        d['_spec_asyncs'] = spec_asyncs

    def __get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def __set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__['_mock_return_value'] = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(__get_return_value, __set_return_value,
                            doc='The value returned by calling the mock.')

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def __get_side_effect(self):
        delegated = self._mock_delegate
        if delegated is None:
            return self._mock_side_effect
        sf = delegated.side_effect
        if (sf is not None and not callable(sf) and
                not isinstance(sf, _MockIter) and not _is_exception(sf)):
            sf = _MockIter(sf)
            delegated.side_effect = sf
        return sf

    def __set_side_effect(self, value):
        value = _try_iter(value)
        delegated = self._mock_delegate
        if delegated is None:
            self.__dict__['_mock_side_effect'] = value
        else:
            delegated.side_effect = value

    side_effect = property(__get_side_effect, __set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget every call; optionally the return value and side effect too."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.__dict__['method_calls'] = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, _SpecState) or child is _deleted:
                continue
            child.reset_mock(visited, return_value=return_value,
                             side_effect=side_effect)
        ret = self._mock_return_value
        if _is_instance_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Set attributes from keywords; dotted names reach child mocks."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            parts = arg.split('.')
            final = parts.pop()
            obj = self
            for entry in parts:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_mock_check_sig'}:
            raise AttributeError(name)
        elif self._mock_methods is not None:
            if name not in self._mock_methods or name in _all_magics:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
                raise AttributeError(
                    "%r is not a valid assertion. Use a spec for the mock if %r "
                    "is meant to be an attribute." % (name, name))

        result = self._mock_children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        elif result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            self._mock_children[name] = result
        elif isinstance(result, _SpecState):
            try:
                result = create_autospec(result.spec, result.spec_set, result.instance,
                                         result.parent, result.name)
            except InvalidSpecError:
                target_name = self.__dict__['_mock_name'] or self
                raise InvalidSpecError(
                    'Cannot autospec attr %r from target %r as it has already been '
                    'mocked out. [target=%r, attr=%r]'
                    % (result.name, target_name, self, result.spec))
            self._mock_children[name] = result
        return result

    def _extract_mock_name(self):
        names = [self._mock_new_name]
        last = self
        dot = '.'
        if names == ['()']:
            dot = ''
        seen = set()
        parent = self._mock_new_parent
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '.'
            if parent._mock_new_name == '()':
                dot = ''
            if id(parent) in seen:
                break
            seen.add(id(parent))
            parent = parent._mock_new_parent
        names = list(reversed(names))
        root = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            root += '.'
        names[0] = root
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                     spec_string, id(self))

    def __dir__(self):
        """Filter the attributes dir() shows to those a user of the mock cares about."""
        if not FILTER_DIR:
            return object.__dir__(self)
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child_mocks = [m_name for m_name, m_value in self._mock_children.items()
                            if m_value is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_') or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child_mocks))

    def __setattr__(self, name, value):
        if name in _allowed_names:
            return object.__setattr__(self, name, value)
        elif (self._spec_set and self._mock_methods is not None and
              name not in self._mock_methods and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        elif name in _unsupported_magics:
            raise AttributeError('Attempting to set unsupported magic method %r.' % name)
        elif name in _all_magics:
            if self._mock_methods is not None and name not in self._mock_methods:
                raise AttributeError("Mock object has no attribute '%s'" % name)
            if not _is_instance_mock(value):
                setattr(type(self), name, _get_method(name, value))
                original = value
                value = lambda *args, **kw: original(self, *args, **kw)
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
        elif name == '_mock_methods':
            self.__dict__[name] = value
            return
        elif name == '__class__':
            self._spec_class = value
            return
        else:
            if _check_and_set_parent(self, value, name, name):
                self._mock_children[name] = value
        if self._mock_sealed and not hasattr(self, name):
            mock_name = '%s.%s' % (self._extract_mock_name(), name)
            raise AttributeError('Cannot set ' + mock_name)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in _all_magics and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                # the class attribute was the magic; mark it gone
                self._mock_children[name] = _deleted
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _get_call_signature_from_name(self, name):
        """The signature of the spec'd child called name (dotted), if known."""
        if not name:
            return self._spec_signature
        sig = None
        children = self._mock_children
        for part in name.split('.'):
            child = children.get(part)
            if child is None or isinstance(child, _SpecState):
                break
            child = _extract_mock(child)
            children = child._mock_children
            sig = child._spec_signature
        return sig

    def _call_matcher(self, _call):
        """Normalise a call through the spec's signature, so that f(1) == f(a=1)."""
        if isinstance(_call, tuple) and len(_call) > 2:
            sig = self._get_call_signature_from_name(_call[0])
        else:
            sig = self._spec_signature
        if sig is not None:
            if len(_call) == 2:
                name = ''
                args, kwargs = _call
            else:
                name, args, kwargs = _call
            try:
                bound = sig.bind(*args, **kwargs)
                return call(name, bound.args, bound.kwargs)
            except TypeError as e:
                return e.with_traceback(None)
        return _call

    def assert_not_called(self):
        """Fail unless the mock was never called."""
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count,
                      self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        """Fail unless the mock was called at least once."""
        if self.call_count == 0:
            msg = "Expected '%s' to have been called." % (self._mock_name or 'mock')
            raise AssertionError(msg)

    def assert_called_once(self):
        """Fail unless the mock was called exactly once."""
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count,
                      self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the last call had these arguments."""
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = 'not called.'
            error_message = ('expected call not found.\nExpected: %s\n  Actual: %s'
                             % (expected, actual))
            raise AssertionError(error_message)

        def _error_message():
            return self._format_mock_failure_message(args, kwargs)
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(_error_message()) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these arguments."""
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count,
                      self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless mock_calls holds calls (in order, unless any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_calls = _CallList(self._call_matcher(c) for c in self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                if cause is None:
                    problem = 'Calls not found.'
                else:
                    problem = ('Error processing expected calls.\n'
                               'Errors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(
                    '%s\nExpected: %s\n  Actual: %s' % (
                        problem, _CallList(calls), self.mock_calls)) from cause
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead'
                % (self._mock_name or 'mock', tuple(not_found), all_calls)) from cause

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless the mock was ever called with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause or expected not in _AnyComparer(actual):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string) from cause

    def _get_child_mock(self, /, **kw):
        """Make a child mock: attributes and return values use this."""
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            mock_name = self._extract_mock_name() + attribute
            raise AttributeError(mock_name)
        _new_name = kw.get('_new_name')
        if _new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        _type = type(self)
        if issubclass(_type, MagicMock) and _new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(_type, AsyncMockMixin):
            if (_new_name in _all_sync_magics or
                    self._mock_methods and _new_name in self._mock_methods):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif not issubclass(_type, CallableMixin):
            if issubclass(_type, NonCallableMagicMock):
                klass = MagicMock
            elif issubclass(_type, NonCallableMock):
                klass = Mock
            else:
                klass = _type.__mro__[1]
        else:
            klass = _type.__mro__[1]
        return klass(**kw)

    def _calls_repr(self, prefix='Calls'):
        if not self.mock_calls:
            return ''
        return '\n%s: %s.' % (prefix, self.mock_calls)


def _is_list(obj):
    return type(obj) in (list, tuple)


class InvalidSpecError(Exception):
    """Raised when a spec is not usable."""


_allowed_names = {
    'return_value', '_mock_return_value', 'side_effect',
    '_mock_side_effect', '_mock_parent', '_mock_new_parent',
    '_mock_name', '_mock_new_name',
}


class _AnyComparer(list):
    """A list whose `in` asks the item's __eq__ first (so ANY in a call works)."""
    def __contains__(self, item):
        for element in self:
            if item == element:
                return True
        return False


def _try_iter(obj):
    if obj is None or _is_exception(obj) or _callable(obj):
        return obj
    try:
        return iter(obj)
    except TypeError:
        return obj


class CallableMixin(Base):

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state,
                         _new_name, _new_parent, **kwargs)
        self.side_effect = side_effect

    def _mock_check_sig(self, /, *args, **kwargs):
        # overridden per instance by create_autospec
        pass

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_call(self, /, *args, **kwargs):
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        _call = _Call((args, kwargs), two=True)
        self.call_args = _call
        self.call_args_list.append(_call)
        self.mock_calls.append(_Call(('', args, kwargs)))
        self._record_in_parents(args, kwargs)

    def _record_in_parents(self, args, kwargs):
        # method_calls follow attribute parents only; mock_calls follow
        # return values too, so `m().f(1)` is recorded on m as call().f(1).
        record_method = self._mock_parent is not None
        method_name = self._mock_name
        call_name = self._mock_new_name
        is_a_call = call_name == '()'
        parent = self._mock_new_parent
        while parent is not None:
            if record_method:
                parent.method_calls.append(_Call((method_name, args, kwargs)))
                record_method = parent._mock_parent is not None
                if record_method:
                    method_name = parent._mock_name + '.' + method_name
            parent.mock_calls.append(_Call((call_name, args, kwargs)))
            if parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = parent._mock_new_name == '()'
                call_name = parent._mock_new_name + dot + call_name
            parent = parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_delegate and self._mock_delegate.return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: every attribute and every call result is a mock too."""


# ------------------------------------------------------------------- magics

_magics_text = (
    'lt le gt ge eq ne '
    'getitem setitem delitem '
    'len contains iter '
    'hash str sizeof '
    'enter exit '
    'divmod rdivmod neg pos abs invert '
    'complex int float index '
    'round trunc floor ceil '
    'bool next '
    'fspath '
    'aiter '
)
_numerics = ('add sub mul matmul truediv floordiv mod lshift rshift and xor '
             'or pow')
_inplace = ' '.join('i%s' % n for n in _numerics.split())
_right = ' '.join('r%s' % n for n in _numerics.split())

_non_defaults = {
    '__get__', '__set__', '__delete__', '__reversed__', '__missing__',
    '__reduce__', '__reduce_ex__', '__getinitargs__', '__getnewargs__',
    '__getstate__', '__setstate__', '__getformat__',
    '__repr__', '__dir__', '__subclasses__', '__format__',
    '__getnewargs_ex__', '__fspath__',
}

_magics = {
    '__%s__' % method for method in
    ' '.join([_magics_text, _numerics, _inplace, _right]).split()
}
_async_method_magics = {'__aenter__', '__aexit__', '__anext__'}
_sync_async_magics = {'__aiter__'}
_async_magics = _async_method_magics | _sync_async_magics
_all_sync_magics = _magics | _non_defaults
_all_magics = _all_sync_magics | _async_magics
_unsupported_magics = {
    '__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
    '__instancecheck__', '__subclasscheck__', '__del__',
}


def _is_magic(name):
    return '__%s__' % name[2:-2] == name


def _get_method(name, func):
    """A function for the class that hands the call to func."""
    def method(self, /, *args, **kw):
        return func(self, *args, **kw)
    method.__name__ = name
    return method


_calculate_return_value = {
    '__hash__': lambda self: object.__hash__(self),
    '__str__': lambda self: object.__str__(self),
    '__sizeof__': lambda self: object.__sizeof__(self),
    '__fspath__': lambda self: f'{type(self).__name__}/{self._extract_mock_name()}/{id(self)}',
}

_return_values = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0,
    '__bool__': True, '__index__': 1, '__aexit__': False,
}


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        if self is other:
            return True
        return NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        if self is other:
            return False
        return NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        if ret_val is DEFAULT:
            return iter([])
        return iter(ret_val)
    return __iter__


def _get_async_iter(self):
    def __aiter__():
        ret_val = self.__aiter__._mock_return_value
        if ret_val is DEFAULT:
            return _AsyncIterator(iter([]))
        return _AsyncIterator(iter(ret_val))
    return __aiter__


_side_effect_methods = {
    '__eq__': _get_eq, '__ne__': _get_ne,
    '__iter__': _get_iter, '__aiter__': _get_async_iter,
}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    make_side_effect = _side_effect_methods.get(name)
    if make_side_effect is not None:
        method.side_effect = make_side_effect(mock)


class MagicMixin(Base):
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these_magics = _magics | _async_method_magics
        if getattr(self, '_mock_methods', None) is not None:
            these_magics = _magics.intersection(self._mock_methods)
            remove_magics = _magics - these_magics
            for entry in remove_magics:
                if entry in type(self).__dict__:
                    delattr(self, entry)
        these_magics = these_magics - set(type(self).__dict__)
        _type = type(self)
        for entry in these_magics:
            setattr(_type, entry, MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the magic methods configured (len(m) is 0, iter(m) empty ...)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicProxy(Base):
    """Creates the mock for a magic method the first time it is looked up."""
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        entry = self.name
        parent = self.parent
        m = parent._get_child_mock(name=entry, _new_name=entry, _new_parent=parent)
        setattr(parent, entry, m)
        _set_return_value(parent, m, entry)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


# -------------------------------------------------------------------- async

class _AsyncIterator:
    """Wraps an iterator in an asynchronous one."""
    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


class AsyncMockMixin(Base):
    await_count = _delegating_property('await_count')
    await_args = _delegating_property('await_args')
    await_args_list = _delegating_property('await_args_list')

    def __init__(self, /, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__['_is_coroutine'] = True
        self.__dict__['_mock_await_count'] = 0
        self.__dict__['_mock_await_args'] = None
        self.__dict__['_mock_await_args_list'] = _CallList()
        code_mock = NonCallableMock(spec_set=_CodeType)
        code_mock.co_flags = inspect.CO_COROUTINE if hasattr(inspect, 'CO_COROUTINE') else 128
        code_mock.co_argcount = 0
        code_mock.co_varnames = ()
        code_mock.co_posonlyargcount = 0
        code_mock.co_kwonlyargcount = 0
        self.__dict__['__code__'] = code_mock
        self.__dict__['__name__'] = 'AsyncMock'
        self.__dict__['__defaults__'] = tuple()
        self.__dict__['__kwdefaults__'] = {}
        self.__dict__['__annotations__'] = None

    async def _execute_mock_call(self, /, *args, **kwargs):
        _call = _Call((args, kwargs), two=True)
        self.await_count += 1
        self.await_args = _call
        self.await_args_list.append(_call)
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not _callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(result):
                    raise result
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            if inspect.iscoroutinefunction(self._mock_wraps):
                return await self._mock_wraps(*args, **kwargs)
            return self._mock_wraps(*args, **kwargs)
        return self.return_value

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            msg = "Expected %s to have been awaited." % (self._mock_name or 'mock')
            raise AssertionError(msg)

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if not self.await_count == 1:
            msg = ("Expected %s to have been awaited once. Awaited %s times."
                   % (self._mock_name or 'mock', self.await_count))
            raise AssertionError(msg)

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await had these arguments."""
        if self.await_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('Expected await: %s\nNot awaited' % (expected,))

        def _error_message():
            return self._format_mock_failure_message(args, kwargs, action='await')
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(_error_message()) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was awaited exactly once, with these arguments."""
        if not self.await_count == 1:
            msg = ("Expected %s to have been awaited once. Awaited %s times."
                   % (self._mock_name or 'mock', self.await_count))
            raise AssertionError(msg)
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless the mock was ever awaited with these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause or expected not in _AnyComparer(actual):
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s await not found' % expected_string) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless await_args_list holds calls (in order, unless any_order)."""
        expected = [self._call_matcher(c) for c in calls]
        cause = next((e for e in expected if isinstance(e, Exception)), None)
        all_awaits = _CallList(self._call_matcher(c) for c in self.await_args_list)
        if not any_order:
            if expected not in all_awaits:
                if cause is None:
                    problem = 'Awaits not found.'
                else:
                    problem = ('Error processing expected awaits.\n'
                               'Errors: {}').format(
                        [e if isinstance(e, Exception) else None for e in expected])
                raise AssertionError(
                    '%s\nExpected: %s\nActual: %s' % (
                        problem, _CallList(calls), self.await_args_list)) from cause
            return
        all_awaits = list(all_awaits)
        not_found = []
        for kall in expected:
            try:
                all_awaits.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r not all found in await list' % (tuple(not_found),)) from cause

    def assert_not_awaited(self):
        """Fail unless the mock was never awaited."""
        if self.await_count != 0:
            msg = ("Expected %s to not have been awaited. Awaited %s times."
                   % (self._mock_name or 'mock', self.await_count))
            raise AssertionError(msg)

    def reset_mock(self, /, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        self.await_count = 0
        self.await_args = None
        self.await_args_list = _CallList()


def _code_type():
    def f():
        pass
    return type(f.__code__)


_CodeType = _code_type()


class AsyncMagicMixin(MagicMixin):
    pass


class AsyncMock(AsyncMockMixin, AsyncMagicMixin, Mock):
    """A MagicMock whose calls return awaitables."""


# ---------------------------------------------------------------- PropertyMock

class PropertyMock(Mock):
    """A mock to put on a class as a property: getting calls it, setting calls it with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# ------------------------------------------------------------------- seal

def seal(mock):
    """Stop mock (and its children) from making new attributes."""
    mock._mock_sealed = True
    for attr in dir(mock):
        try:
            m = getattr(mock, attr)
        except AttributeError:
            continue
        if not isinstance(m, NonCallableMock):
            continue
        if isinstance(m._mock_children.get(attr), _SpecState):
            continue
        if m._mock_new_parent is mock:
            seal(m)


# ----------------------------------------------------------------- autospec

class _SpecState:
    def __init__(self, spec, spec_set=False, parent=None, name=None, ids=None,
                 instance=False):
        self.spec = spec
        self.ids = ids
        self.spec_set = spec_set
        self.parent = parent
        self.instance = instance
        self.name = name


def _must_skip(spec, entry, is_type):
    """Whether the method entry of spec takes no self (static, or a class attribute)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        elif isinstance(result, FunctionType):
            return is_type
        else:
            return False
    return is_type


def _set_signature(mock, original, instance=False):
    """A function with original's checks that calls mock; it carries the mock's API."""
    skipfirst = isinstance(original, type)
    sig = _signature_of(original, instance, skipfirst)
    if sig is None:
        return mock

    def checked(*args, **kwargs):
        _check_sig(sig, args, kwargs)
        return mock(*args, **kwargs)
    try:
        checked.__name__ = original.__name__
    except (AttributeError, TypeError):
        checked.__name__ = 'funcopy'
    checked.__qualname__ = getattr(original, '__qualname__', checked.__name__)
    checked.__doc__ = getattr(original, '__doc__', None)
    checked.__signature__ = sig
    _setup_func(checked, mock, sig)
    return checked


def _setup_func(funcopy, mock, sig):
    funcopy.mock = mock

    def assert_called_with(*args, **kwargs):
        return mock.assert_called_with(*args, **kwargs)

    def assert_called(*args, **kwargs):
        return mock.assert_called(*args, **kwargs)

    def assert_not_called(*args, **kwargs):
        return mock.assert_not_called(*args, **kwargs)

    def assert_called_once(*args, **kwargs):
        return mock.assert_called_once(*args, **kwargs)

    def assert_called_once_with(*args, **kwargs):
        return mock.assert_called_once_with(*args, **kwargs)

    def assert_has_calls(*args, **kwargs):
        return mock.assert_has_calls(*args, **kwargs)

    def assert_any_call(*args, **kwargs):
        return mock.assert_any_call(*args, **kwargs)

    def reset_mock():
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock()
        ret = funcopy.return_value
        if _is_instance_mock(ret) and ret is not mock:
            ret.reset_mock()

    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    funcopy.assert_called_with = assert_called_with
    funcopy.assert_called_once_with = assert_called_once_with
    funcopy.assert_has_calls = assert_has_calls
    funcopy.assert_any_call = assert_any_call
    funcopy.reset_mock = reset_mock
    funcopy.assert_called = assert_called
    funcopy.assert_not_called = assert_not_called
    funcopy.assert_called_once = assert_called_once
    funcopy.__signature__ = sig
    mock._mock_delegate = funcopy


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, **kwargs):
    """A mock shaped like spec: its attributes and call signatures are checked."""
    if _is_list(spec):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if _is_instance_mock(spec):
        raise InvalidSpecError('Cannot autospec a Mock object. [object=%r]' % spec)
    is_async_func = _is_async_func(spec)
    _kwargs = {'spec': spec}
    if spec_set:
        _kwargs = {'spec_set': spec}
    elif spec is None:
        _kwargs = {}
    if _kwargs and instance:
        _kwargs['_spec_as_instance'] = True
    if not unsafe:
        _check_spec_arg_typos(kwargs)
    _kwargs.update(kwargs)

    Klass = MagicMock
    if inspect.isdatadescriptor(spec):
        _kwargs = {}
    elif is_type and instance and not _instance_callable(spec):
        Klass = NonCallableMagicMock
    elif not _callable(spec):
        Klass = NonCallableMagicMock
    if is_async_func:
        Klass = AsyncMock

    _name = _kwargs.pop('name', _name)
    _new_name = _name
    if _parent is None:
        _new_name = ''

    mock = Klass(parent=_parent, _new_parent=_parent, _new_name=_new_name,
                 name=_name, **_kwargs)

    if isinstance(spec, FunctionType):
        wrapped = mock
        mock = _set_signature(mock, spec)
        if is_async_func:
            pass
    else:
        sig = _signature_of(spec, instance, is_type and not instance)
        if sig is not None and _callable(spec):
            _set_check_sig(mock, sig)

    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock

    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True,
                                            _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        child_kwargs = {'spec': original}
        if spec_set:
            child_kwargs = {'spec_set': original}
        if not isinstance(original, FunctionType):
            new = _SpecState(original, spec_set, mock, entry, instance)
            mock._mock_children[entry] = new
        else:
            parent = mock
            if isinstance(spec, FunctionType):
                parent = mock.mock
            skipfirst = _must_skip(spec, entry, is_type)
            child_kwargs['_eat_self'] = skipfirst
            if inspect.iscoroutinefunction(original):
                child_klass = AsyncMock
            else:
                child_klass = MagicMock
            new = child_klass(parent=parent, name=entry, _new_name=entry,
                              _new_parent=parent, **child_kwargs)
            mock._mock_children[entry] = new
            new.return_value = child_klass()
            sig = _signature_of(original, skipfirst=skipfirst)
            if sig is not None:
                _set_check_sig(new, sig)
        if isinstance(new, FunctionType):
            setattr(mock, entry, new)
    return mock


def _set_check_sig(mock, sig):
    def checksig(*args, **kwargs):
        _check_sig(sig, args, kwargs)
    mock._mock_check_sig = checksig
    mock.__dict__['__signature__'] = sig


def _check_spec_arg_typos(kwargs_to_check):
    typos = ('autospect', 'auto_spec', 'set_spec')
    for typo in typos:
        if typo in kwargs_to_check:
            raise RuntimeError(
                f'{typo!r} might be a typo; use unsafe=True if this is intended')


# -------------------------------------------------------------------- patch

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += '.%s' % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f'Need a valid target to patch. You supplied: {target!r}')
    return partial(_importer, target), attribute


def _is_started(patcher):
    return hasattr(patcher, 'is_local')


class _patch:
    attribute_name = None
    _active_patches = []

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError("Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError("Cannot use 'autospec' and 'new_callable' together")
        if not unsafe:
            _check_spec_arg_typos(kwargs)
        if _is_instance_mock(spec):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec has already been '
                f'mocked out. [spec={spec!r}]')
        if _is_instance_mock(spec_set):
            raise InvalidSpecError(
                f'Cannot spec attr {attribute!r} as the spec_set target has already '
                f'been mocked out. [spec_set={spec_set!r}]')
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy() for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        if inspect.iscoroutinefunction(func):
            return self.decorate_async_callable(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not hasattr(attr_value, '__call__'):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def _enter_patchings(self, patched, args, keywargs, exit_stack):
        extra_args = []
        for patching in patched.patchings:
            arg = exit_stack.enter_context(patching)
            if patching.attribute_name is not None:
                keywargs.update(arg)
            elif patching.new is DEFAULT:
                extra_args.append(arg)
        args += tuple(extra_args)
        return args, keywargs

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        def patched(*args, **keywargs):
            import contextlib
            with contextlib.ExitStack() as exit_stack:
                args, keywargs = self._enter_patchings(patched, args, keywargs,
                                                       exit_stack)
                return func(*args, **keywargs)
        patched.patchings = [self]
        return patched

    def decorate_async_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @wraps(func)
        async def patched(*args, **keywargs):
            import contextlib
            with contextlib.ExitStack() as exit_stack:
                args, keywargs = self._enter_patchings(patched, args, keywargs,
                                                       exit_stack)
                return await func(*args, **keywargs)
        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in _builtins and isinstance(target, ModuleType):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError('%s does not have the attribute %r' % (target, name))
        return original, local

    def _make_new(self, original):
        """The object to put in place of original when new is DEFAULT."""
        new, spec, spec_set = self.new, self.spec, self.spec_set
        autospec, kwargs = self.autospec, self.kwargs
        new_callable = self.new_callable
        if spec is False:
            spec = None
        if spec_set is False:
            spec_set = None
        if autospec is False:
            autospec = None
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None) and
                spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")

        if autospec is not None:
            return self._make_autospec(original, autospec, spec_set, kwargs)

        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original
            spec = None
        elif spec is not None:
            if spec_set is True:
                spec_set = spec
                spec = None
        elif spec_set is True:
            spec_set = original

        if spec is not None or spec_set is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            if isinstance(original, type):
                self._spec_class_instance = True

        if new_callable is not None:
            Klass = new_callable
        elif spec is not None or spec_set is not None:
            this_spec = spec if spec_set is None else spec_set
            if _is_list(this_spec):
                not_callable = '__call__' not in this_spec
            else:
                not_callable = not callable(this_spec)
            if _is_async_func(this_spec):
                Klass = AsyncMock
            elif not_callable:
                Klass = NonCallableMagicMock
            else:
                Klass = MagicMock
        elif original is not DEFAULT and _is_async_obj(original):
            Klass = AsyncMock
        else:
            Klass = MagicMock

        _kwargs = {}
        if spec is not None:
            _kwargs['spec'] = spec
        if spec_set is not None:
            _kwargs['spec_set'] = spec_set
        if (isinstance(Klass, type) and issubclass(Klass, NonCallableMock) and
                self.attribute):
            _kwargs['name'] = self.attribute
        _kwargs.update(kwargs)
        new = Klass(**_kwargs)

        if spec is not None or spec_set is not None:
            this_spec = spec if spec_set is None else spec_set
            if _is_list(this_spec):
                this_spec = None
            if isinstance(this_spec, type) and not _instance_callable(this_spec):
                new.return_value = NonCallableMagicMock(_new_parent=new, _new_name='()',
                                                        **({'spec_set': this_spec}
                                                           if spec_set is not None
                                                           else {'spec': this_spec}))
            elif isinstance(this_spec, type):
                new.return_value = Klass(_new_parent=new, _new_name='()',
                                         **({'spec_set': this_spec} if spec_set is not None
                                            else {'spec': this_spec}))
        return new

    def _make_autospec(self, original, autospec, spec_set, kwargs):
        if self.new is not DEFAULT:
            raise TypeError("autospec creates the mock for you. Can't specify "
                            "autospec and new.")
        if original is DEFAULT:
            raise TypeError("Can't use 'autospec' with create=True")
        spec_set = bool(spec_set)
        if autospec is True:
            autospec = original
        if _is_instance_mock(self.target):
            raise InvalidSpecError(
                f'Cannot autospec attr {self.attribute!r} as the patch target '
                f'has already been mocked out. [target={self.target!r}, '
                f'attr={autospec!r}]')
        if _is_instance_mock(autospec):
            target_name = getattr(self.target, '__name__', self.target)
            raise InvalidSpecError(
                f'Cannot autospec attr {self.attribute!r} from target '
                f'{target_name!r} as it has already been mocked out. '
                f'[target={self.target!r}, attr={autospec!r}]')
        new = create_autospec(autospec, spec_set=spec_set, _name=self.attribute,
                              **kwargs)
        return new

    def __enter__(self):
        """Perform the patch."""
        self.target = self.getter()
        original, local = self.get_original()
        if self.new is DEFAULT:
            new = self._make_new(original)
        else:
            new = self.new
            if self.autospec not in (None, False):
                raise TypeError("autospec creates the mock for you. Can't specify "
                                "autospec and new.")
            if self.spec is not None and self.spec is not False:
                pass
        new_attr = new
        self.temp_original = original
        self.is_local = local
        self._exit_stack = __import__('contextlib').ExitStack()
        try:
            setattr(self.target, self.attribute, new_attr)
            if self.attribute_name is not None:
                extra_args = {}
                if self.new is DEFAULT:
                    extra_args[self.attribute_name] = new
                for patching in self.additional_patchers:
                    arg = self._exit_stack.enter_context(patching)
                    if patching.new is DEFAULT:
                        extra_args.update(arg)
                return extra_args
            return new
        except:
            if not self.__exit__(*sys.exc_info()):
                raise

    def __exit__(self, *exc_info):
        """Undo the patch."""
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__',
                                                       '__defaults__', '__annotations__',
                                                       '__kwdefaults__')):
                # needed for proxy objects like django settings
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        exit_stack = self._exit_stack
        del self._exit_stack
        return exit_stack.__exit__(*exc_info)

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        self._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            self._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """patch.object(target, attribute, ...): patch an attribute of an object."""
    if type(target) is str:
        raise TypeError(
            f'{target!r} must be the actual object to be patched, not a str')
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """patch.multiple(target, name=value, ...): several patches at once."""
    if type(target) is str:
        getter = partial(_importer, target)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    attribute, new = items[0]
    patcher = _patch(getter, attribute, new, spec, create, spec_set, autospec,
                     new_callable, {})
    patcher.attribute_name = attribute
    for attribute, new in items[1:]:
        this_patcher = _patch(getter, attribute, new, spec, create, spec_set,
                              autospec, new_callable, {})
        this_patcher.attribute_name = attribute
        patcher.additional_patchers.append(this_patcher)
    return patcher


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by target ('package.module.Name') for the
    duration of a function, a class's test methods or a with block."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


class _patch_dict:
    """patch.dict(in_dict, values=(), clear=False, **kwargs)."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            return self.decorate_class(f)
        if inspect.iscoroutinefunction(f):
            return self.decorate_async_callable(f)
        return self.decorate_callable(f)

    def decorate_callable(self, f):
        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_async_callable(self, f):
        @wraps(f)
        async def _inner(*args, **kw):
            self._patch_dict()
            try:
                return await f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def decorate_class(self, klass):
        for attr in dir(klass):
            attr_value = getattr(klass, attr)
            if attr.startswith(patch.TEST_PREFIX) and hasattr(attr_value, '__call__'):
                decorator = _patch_dict(self.in_dict, self.values, self.clear)
                setattr(klass, attr, decorator(attr_value))
        return klass

    def __enter__(self):
        """Patch the dict."""
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        values = self.values
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        clear = self.clear
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if clear:
            _clear_dict(in_dict)
        try:
            in_dict.update(values)
        except AttributeError:
            for key in values:
                in_dict[key] = values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        _clear_dict(in_dict)
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        """Unpatch the dict."""
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        """Activate a patch, returning any created mock."""
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        """Stop an active patch."""
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _clear_dict(in_dict):
    try:
        in_dict.clear()
    except AttributeError:
        for key in list(in_dict):
            del in_dict[key]


def _patch_stopall():
    """Stop every patch started with start()."""
    for patcher in reversed(_patch._active_patches):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# ---------------------------------------------------------------- mock_open

file_spec = None
open_spec = None


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)


def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): reads give read_data."""
    _read_data = _to_stream(read_data)
    _state = [_read_data, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return _state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return _state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield _state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in _state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(_state[0])

    global file_spec
    if file_spec is None:
        import _io
        file_spec = list(set(dir(_io.TextIOWrapper)).union(set(dir(_io.BytesIO))))

    if mock is None:
        mock = MagicMock(name='open', spec=open)

    handle = MagicMock(spec=file_spec)
    handle.__enter__.return_value = handle

    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None

    handle.read.side_effect = _read_side_effect
    _state[1] = _readline_side_effect()
    handle.readline.side_effect = _state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__.side_effect = _next_side_effect

    def reset_data(*args, **kwargs):
        _state[0] = _to_stream(read_data)
        if handle.readline.side_effect == _state[1]:
            # Only reset the side effect if the user hasn't overridden it.
            _state[1] = _readline_side_effect()
            handle.readline.side_effect = _state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


class ThreadingMock(MagicMock):
    """A MagicMock (threads run one at a time here, so nothing more is needed)."""
