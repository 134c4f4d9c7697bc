"""Abstract syntax trees of Python source, node for node as CPython 3.11's.

The parser is the interpreter's own (module _ast hands its tree over as
nested tuples); the node classes are built from the table in _ast_nodes.
Compiling a tree back turns it into source text with unparse() first.
"""
import _ast
from _ast_nodes import NODES as _NODES

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000


class AST:
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError('%s constructor takes at most %d positional argument%s' % (
                type(self).__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields and fields.index(name) < len(args):
                raise TypeError('%s got multiple values for argument %r'
                                % (type(self).__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _make_classes():
    made = {'AST': AST}
    for name, base, fields, attributes, optional, doc in _NODES:
        namespace = {'_fields': fields, '__module__': 'ast', '__doc__': doc}
        if attributes:
            namespace['_attributes'] = attributes
        for field in optional:
            namespace[field] = None
        namespace['__match_args__'] = fields
        made[name] = type(name, (made[base],), namespace)
    return made


globals().update(_make_classes())
del _make_classes

# The node classes of Python 3.7 and older, kept as views of Constant:
# Num(1) makes a Constant, and isinstance(node, Num) asks whether a
# Constant holds a number.
_OLD_CONSTANT_TYPES = {}


class _OldConstantMeta(type):
    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        kinds = _OLD_CONSTANT_TYPES.get(cls)
        if kinds is None:
            return type.__instancecheck__(cls, inst)
        try:
            value = inst.value
        except AttributeError:
            return False
        if cls is Num and isinstance(value, bool):
            return False
        return isinstance(value, kinds)


def _old_constant_new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls is Ellipsis:
        return Constant(..., *args, **kwargs)
    if cls in _OLD_CONSTANT_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls)


def _old_constant_class(name, fields, kinds):
    cls = _OldConstantMeta(name, (Constant,), {
        '_fields': fields, '__new__': _old_constant_new, '__module__': 'ast',
        '__doc__': 'Deprecated AST node class. Use ast.Constant instead'})
    if kinds is not None:
        _OLD_CONSTANT_TYPES[cls] = kinds
    return cls


Num = _old_constant_class('Num', ('n',), (int, float, complex))
Str = _old_constant_class('Str', ('s',), (str,))
Bytes = _old_constant_class('Bytes', ('s',), (bytes,))
NameConstant = _old_constant_class('NameConstant', ('value', 'kind'), (type(None), bool))
Ellipsis = _old_constant_class('Ellipsis', (), (type(...),))


def _constant_alias_get(self):
    return self.value


def _constant_alias_set(self, value):
    self.value = value


Constant.n = property(_constant_alias_get, _constant_alias_set)
Constant.s = property(_constant_alias_get, _constant_alias_set)


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""
    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""
    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""

_MODES = {'exec': 0, 'single': 1, 'eval': 2}
_SINGLETONS = {}


def _build(t):
    """A node from the tuple form made by _ast.parse_tuples."""
    if type(t) is list:
        return [_build(x) for x in t]
    if type(t) is not tuple:
        return t
    name = t[0]
    if len(t) == 1 and name in _SINGLETONS:
        return _SINGLETONS[name]
    cls = globals()[name]
    node = cls.__new__(cls)
    d = node.__dict__
    i = 1
    for field in cls._fields:
        d[field] = _build(t[i])
        i += 1
    for attr in cls._attributes:
        d[attr] = t[i]
        i += 1
    if len(t) == 1:
        _SINGLETONS[name] = node
    return node


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node."""
    return compile(source, filename, mode, PyCF_ONLY_AST)


def _compile(source, filename, mode, flags, dont_inherit, optimize, feature_version):
    """compile() for AST sources and the PyCF_ONLY_AST flag."""
    if isinstance(filename, bytes):
        filename = filename.decode()
    elif not isinstance(filename, str):
        import os
        filename = os.fspath(filename)
    if not isinstance(mode, str):
        raise TypeError("compile() argument 'mode' must be str, not %s" % type(mode).__name__)
    only_ast = flags is not None and flags & PyCF_ONLY_AST
    if mode == 'func_type':
        if not only_ast:
            raise ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST")
        raise ValueError("compile() mode 'func_type' is not supported")
    if mode not in _MODES:
        if only_ast:
            raise ValueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if isinstance(source, AST):
        expected = {'exec': Module, 'eval': Expression, 'single': Interactive}[mode]
        if not isinstance(source, expected):
            raise TypeError('expected %s node, got %s' % (expected.__name__, type(source).__name__))
        from _ast_validate import validate
        validate(source)
        if only_ast:
            return source
        text = unparse(source)
        if mode == 'single':
            mode = 'exec'
        return compile(text, filename, mode, 0, True)
    if isinstance(source, (bytearray, memoryview)):
        source = bytes(source)
    if not isinstance(source, (str, bytes)):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    return _build(_ast.parse_tuples(source, filename, _MODES[mode]))


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python literal:
    strings, bytes, numbers, tuples, lists, dicts, sets, booleans, None."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        lno = getattr(node, 'lineno', None)
        if lno:
            msg += ' on line %d' % lno
        raise ValueError(msg + ': ' + repr(node))

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted dump of the tree, as CPython's ast.dump."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            return fmt_node(node, level, prefix, sep)
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in node)), False
        return repr(node), True

    def fmt_node(node, level, prefix, sep):
        cls = type(node)
        args = []
        allsimple = True
        keywords = annotate_fields
        for name in node._fields:
            try:
                value = getattr(node, name)
            except AttributeError:
                keywords = True
                continue
            if value is None and getattr(cls, name, ...) is None:
                keywords = True
                continue
            text, simple = fmt(value, level)
            allsimple = allsimple and simple
            args.append('%s=%s' % (name, text) if keywords else text)
        if include_attributes and node._attributes:
            for name in node._attributes:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    continue
                text, simple = fmt(value, level)
                allsimple = allsimple and simple
                args.append('%s=%s' % (name, text))
        if allsimple and len(args) <= 3:
            return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
        return '%s(%s%s)' % (cls.__name__, prefix, sep.join(args)), False

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node, 0)[0]


def copy_location(new_node, old_node):
    """Copy the source location of old_node to new_node; return new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node that lacks a location the one of its parent."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes and getattr(child, 'end_lineno', 0) is not None:
            child.end_lineno = getattr(child, 'end_lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is present."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """Split like str.splitlines(keepends=True) but only at \\r, \\n, \\r\\n."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r' or c == '\n':
            if c == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """The source text that node was parsed from, or None."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode()) if padded else ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


def walk(node):
    """Every node of the tree in breadth-first order, node itself first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName> for each node (generic_visit
    when there is none)."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def visit_Constant(self, node):
        # visitors written for the old node classes still see constants
        value = node.value
        old = None
        for cls, kinds in _OLD_CONSTANT_TYPES.items():
            if isinstance(value, kinds) and not (cls is Num and isinstance(value, bool)):
                old = cls.__name__
                break
        if old is not None:
            method = getattr(self, 'visit_' + old, None)
            if method is not None:
                import warnings
                warnings.warn(f"{method.__name__} is deprecated; add visit_Constant",
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node
    (None removes it, a list splices several into a list field)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def unparse(ast_obj):
    """Source text for the tree (see _ast_unparse)."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval'))
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    args = parser.parse_args()
    import sys
    if args.infile == '-':
        source = sys.stdin.read()
        name = '<stdin>'
    else:
        with open(args.infile) as f:
            source = f.read()
        name = args.infile
    tree = parse(source, name, args.mode)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
