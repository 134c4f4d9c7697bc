"""ast.unparse: source text from a syntax tree, formatted as CPython's
unparse formats it (4-space indentation, the fewest parentheses the
operator precedences allow, a blank line before definitions)."""
import ast

# Operator precedences, loosest first.
(P_NAMED_EXPR, P_TUPLE, P_YIELD, P_TEST, P_OR, P_AND, P_NOT, P_CMP, P_EXPR, P_BOR,
 P_BXOR, P_BAND, P_SHIFT, P_ARITH, P_TERM, P_FACTOR, P_POWER, P_AWAIT, P_ATOM) = range(1, 20)

_BINOPS = {
    'Add': ('+', P_ARITH), 'Sub': ('-', P_ARITH), 'Mult': ('*', P_TERM),
    'MatMult': ('@', P_TERM), 'Div': ('/', P_TERM), 'Mod': ('%', P_TERM),
    'LShift': ('<<', P_SHIFT), 'RShift': ('>>', P_SHIFT), 'BitOr': ('|', P_BOR),
    'BitXor': ('^', P_BXOR), 'BitAnd': ('&', P_BAND), 'FloorDiv': ('//', P_TERM),
    'Pow': ('**', P_POWER),
}
_UNARYOPS = {'Invert': ('~', P_FACTOR), 'Not': ('not', P_NOT), 'UAdd': ('+', P_FACTOR),
             'USub': ('-', P_FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
           'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', P_AND), 'Or': ('or', P_OR)}

_INFSTR = '1e' + repr(__import__('sys').float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = _SINGLE_QUOTES + _MULTI_QUOTES


def _escape_char(c, escape_whitespace):
    if not escape_whitespace and c in '\n\t':
        return c
    if c == '\\' or not c.isprintable():
        return c.encode('unicode_escape').decode('ascii')
    return c


def _str_literal(string, quote_types=_ALL_QUOTES, escape_whitespace=False):
    """(body, usable quotes) for writing string without backslashes where
    a choice of quotes allows it."""
    body = ''.join(_escape_char(c, escape_whitespace) for c in string)
    quotes = list(quote_types)
    if '\n' in body:
        quotes = [q for q in quotes if q in _MULTI_QUOTES]
    quotes = [q for q in quotes if q not in body]
    if not quotes:
        text = repr(string)
        quote = next((q for q in quote_types if text[0] in q), text[0])
        return text[1:-1], [quote]
    if body:
        quotes.sort(key=lambda q: q[0] == body[-1])
        if quotes[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, quotes


class Unparser(ast.NodeVisitor):
    def __init__(self, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # -- output

    def write(self, *texts):
        self._source.extend(texts)

    def maybe_newline(self):
        if self._source:
            self.write('\n')

    def fill(self, text=''):
        self.maybe_newline()
        self.write('    ' * self._indent + text)

    def block(self, extra=None):
        """Write ':' and the indented statements written by the caller."""
        return _Block(self, extra)

    def delimit(self, start, end):
        return _Delimit(self, start, end, True)

    def delimit_if(self, start, end, condition):
        return _Delimit(self, start, end, condition)

    def require_parens(self, precedence, node):
        return self.delimit_if('(', ')', self.get_precedence(node) > precedence)

    def get_precedence(self, node):
        return self._precedences.get(node, P_TEST)

    def set_precedence(self, precedence, *nodes):
        for node in nodes:
            self._precedences[node] = precedence

    def items_view(self, traverser, items):
        """Items separated by ', ', a lone item followed by a comma."""
        if len(items) == 1:
            traverser(items[0])
            self.write(',')
        else:
            self.interleave(lambda: self.write(', '), traverser, items)

    def interleave(self, between, fn, seq):
        first = True
        for x in seq:
            if not first:
                between()
            first = False
            fn(x)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return ''.join(self._source)

    # -- modules and bodies

    def get_raw_docstring(self, node):
        if not isinstance(node, (ast.AsyncFunctionDef, ast.FunctionDef, ast.ClassDef, ast.Module)) \
                or len(node.body) < 1:
            return None
        node = node.body[0]
        if not isinstance(node, ast.Expr):
            return None
        node = node.value
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node
        return None

    def _body_with_docstring(self, node):
        docstring = self.get_raw_docstring(node)
        if docstring is not None:
            self.fill()
            if docstring.kind == 'u':
                self.write('u')
            body, quotes = _str_literal(docstring.value, _MULTI_QUOTES)
            self.write(quotes[0] + body + quotes[0])
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    def visit_Module(self, node):
        self._body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        with self.delimit('(', ')'):
            self.interleave(lambda: self.write(', '), self.traverse, node.argtypes)
        self.write(' -> ')
        self.traverse(node.returns)

    # -- simple statements

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(P_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(P_NAMED_EXPR, node):
            self.set_precedence(P_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.interleave(lambda: self.write(', '), self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.interleave(lambda: self.write(', '), self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(P_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        if getattr(node, 'type_comment', None):
            self.write('  # type: ' + node.type_comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if('(', ')', not node.simple and isinstance(node.target, ast.Name)):
            self.traverse(node.target)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.interleave(lambda: self.write(', '), self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(P_AWAIT, node):
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_precedence(P_ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(P_YIELD, node):
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_precedence(P_ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(P_YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(P_ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    # -- compound statements

    def _try_body(self, node):
        self.fill('try')
        with self.block():
            self.traverse(node.body)
        for handler in node.handlers:
            self.traverse(handler)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)
        if node.finalbody:
            self.fill('finally')
            with self.block():
                self.traverse(node.finalbody)

    def visit_Try(self, node):
        saved, self._in_try_star = self._in_try_star, False
        try:
            self._try_body(node)
        finally:
            self._in_try_star = saved

    def visit_TryStar(self, node):
        saved, self._in_try_star = self._in_try_star, True
        try:
            self._try_body(node)
        finally:
            self._in_try_star = saved

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)
        self.fill('class ' + node.name)
        with self.delimit_if('(', ')', condition=node.bases or node.keywords):
            comma = False
            for e in node.bases:
                if comma:
                    self.write(', ')
                else:
                    comma = True
                self.traverse(e)
            for e in node.keywords:
                if comma:
                    self.write(', ')
                else:
                    comma = True
                self.traverse(e)
        with self.block():
            self._body_with_docstring(node)

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)
        self.fill(keyword + ' ' + node.name)
        with self.delimit('(', ')'):
            self.traverse(node.args)
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        with self.block(extra=self._type_comment(node)):
            self._body_with_docstring(node)

    def _type_comment(self, node):
        comment = getattr(node, 'type_comment', None)
        return ' # type: ' + comment if comment else None

    def visit_For(self, node):
        self._for(node, 'for ')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for ')

    def _for(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        with self.block(extra=self._type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        # an else holding a single if is written as elif
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_With(self, node):
        self._with(node, 'with ')

    def visit_AsyncWith(self, node):
        self._with(node, 'async with ')

    def _with(self, node, keyword):
        self.fill(keyword)
        self.interleave(lambda: self.write(', '), self.traverse, node.items)
        with self.block(extra=self._type_comment(node)):
            self.traverse(node.body)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    # -- strings

    def _write_str_avoiding_backslashes(self, string, quote_types=_ALL_QUOTES):
        body, quotes = _str_literal(string, quote_types)
        self.write(quotes[0] + body + quotes[0])

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            parts = []
            self._fstring_JoinedStr(node, parts.append)
            self._write_str_avoiding_backslashes(''.join(parts))
            return
        pieces = []
        for value in node.values:
            parts = []
            getattr(self, '_fstring_' + type(value).__name__)(value, parts.append)
            pieces.append((''.join(parts), isinstance(value, ast.Constant)))
        quote_types = _ALL_QUOTES
        bodies = []
        for text, is_constant in pieces:
            text, quote_types = _str_literal(text, quote_types, escape_whitespace=is_constant)
            bodies.append(text)
        self.write(quote_types[0] + ''.join(bodies) + quote_types[0])

    def visit_FormattedValue(self, node):
        self.write('f')
        parts = []
        self._fstring_FormattedValue(node, parts.append)
        self._write_str_avoiding_backslashes(''.join(parts))

    def _fstring_JoinedStr(self, node, write):
        for value in node.values:
            getattr(self, '_fstring_' + type(value).__name__)(value, write)

    def _fstring_Constant(self, node, write):
        if not isinstance(node.value, str):
            raise ValueError('Constants inside JoinedStr should be a string.')
        write(node.value.replace('{', '{{').replace('}', '}}'))

    def _fstring_FormattedValue(self, node, write):
        write('{')
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(P_TEST + 1, node.value)
        expr = inner.visit(node.value)
        if expr.startswith('{'):
            write(' ')
        if '\\' in expr:
            raise ValueError('Unable to avoid backslash in f-string expression part')
        write(expr)
        if node.conversion != -1:
            write('!' + chr(node.conversion))
        if node.format_spec:
            write(':')
            getattr(self, '_fstring_' + type(node.format_spec).__name__)(node.format_spec, write)
        write('}')

    # -- expressions

    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INFSTR))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit('(', ')'):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self._write_constant(node.value)

    def visit_List(self, node):
        with self.delimit('[', ']'):
            self.interleave(lambda: self.write(', '), self.traverse, node.elts)

    def _comprehension(self, node, start, end, elts):
        with self.delimit(start, end):
            for i, elt in enumerate(elts):
                if i:
                    self.write(': ')
                self.traverse(elt)
            for gen in node.generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self._comprehension(node, '[', ']', [node.elt])

    def visit_GeneratorExp(self, node):
        self._comprehension(node, '(', ')', [node.elt])

    def visit_SetComp(self, node):
        self._comprehension(node, '{', '}', [node.elt])

    def visit_DictComp(self, node):
        self._comprehension(node, '{', '}', [node.key, node.value])

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(P_TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for if_clause in node.ifs:
            self.write(' if ')
            self.traverse(if_clause)

    def visit_IfExp(self, node):
        with self.require_parens(P_TEST, node):
            self.set_precedence(P_TEST + 1, node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(P_TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit('{', '}'):
                self.interleave(lambda: self.write(', '), self.traverse, node.elts)
        else:
            # {} would be a dict
            self.write('{*()}')

    def visit_Dict(self, node):
        def write_key_value_pair(k, v):
            self.traverse(k)
            self.write(': ')
            self.traverse(v)

        def write_item(item):
            k, v = item
            if k is None:
                self.write('**')
                self.set_precedence(P_EXPR, v)
                self.traverse(v)
            else:
                write_key_value_pair(k, v)

        with self.delimit('{', '}'):
            self.interleave(lambda: self.write(', '), write_item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if('(', ')', len(node.elts) == 0 or self.get_precedence(node) > P_TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        operator, precedence = _UNARYOPS[type(node.op).__name__]
        with self.require_parens(precedence, node):
            self.write(operator)
            # -x and ~x stay joined; 'not' takes a space
            if precedence != P_FACTOR:
                self.write(' ')
            self.set_precedence(precedence, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        operator, precedence = _BINOPS[type(node.op).__name__]
        with self.require_parens(precedence, node):
            if operator == '**':
                left, right = precedence + 1, precedence
            else:
                left, right = precedence, precedence + 1
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(' ' + operator + ' ')
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(P_CMP, node):
            self.set_precedence(P_CMP + 1, node.left, *node.comparators)
            self.traverse(node.left)
            for o, e in zip(node.ops, node.comparators):
                self.write(' ' + _CMPOPS[type(o).__name__] + ' ')
                self.traverse(e)

    def visit_BoolOp(self, node):
        operator, precedence = _BOOLOPS[type(node.op).__name__]
        level = [precedence + 1]

        def increasing_level_traverse(node):
            self.set_precedence(level[0], node)
            level[0] = precedence + 1
            self.traverse(node)

        with self.require_parens(precedence, node):
            self.interleave(lambda: self.write(' ' + operator + ' '),
                            increasing_level_traverse, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(P_ATOM, node.value)
        self.traverse(node.value)
        # 1.real needs a space: 1 .real
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(P_ATOM, node.func)
        self.traverse(node.func)
        with self.delimit('(', ')'):
            comma = False
            for e in node.args:
                if comma:
                    self.write(', ')
                else:
                    comma = True
                self.traverse(e)
            for e in node.keywords:
                if comma:
                    self.write(', ')
                else:
                    comma = True
                self.traverse(e)

    def visit_Subscript(self, node):
        def is_non_empty_tuple(slice_value):
            return isinstance(slice_value, ast.Tuple) and slice_value.elts

        self.set_precedence(P_ATOM, node.value)
        self.traverse(node.value)
        with self.delimit('[', ']'):
            if is_non_empty_tuple(node.slice):
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(P_EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True
        all_args = node.posonlyargs + node.args
        defaults = [None] * (len(all_args) - len(node.defaults)) + node.defaults
        for index, elements in enumerate(zip(all_args, defaults), 1):
            a, d = elements
            if first:
                first = False
            else:
                self.write(', ')
            self.traverse(a)
            if d:
                self.write('=')
                self.traverse(d)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            if first:
                first = False
            else:
                self.write(', ')
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        if node.kwonlyargs:
            for a, d in zip(node.kwonlyargs, node.kw_defaults):
                self.write(', ')
                self.traverse(a)
                if d:
                    self.write('=')
                    self.traverse(d)
        if node.kwarg:
            if first:
                first = False
            else:
                self.write(', ')
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg)
            self.write('=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(P_TEST, node):
            self.write('lambda')
            parts = []
            inner = type(self)()
            inner._source = parts
            inner.traverse(node.args)
            if parts:
                self.write(' ', *parts)
            self.write(': ')
            self.set_precedence(P_TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # -- match

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit('[', ']'):
            self.interleave(lambda: self.write(', '), self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        name = node.name
        if name is None:
            name = '_'
        self.write('*' + name)

    def visit_MatchMapping(self, node):
        def write_key_pattern_pair(pair):
            k, p = pair
            self.traverse(k)
            self.write(': ')
            self.traverse(p)

        with self.delimit('{', '}'):
            keys = node.keys
            self.interleave(lambda: self.write(', '), write_key_pattern_pair,
                            zip(keys, node.patterns))
            rest = node.rest
            if rest is not None:
                if keys:
                    self.write(', ')
                self.write('**' + rest)

    def visit_MatchClass(self, node):
        self.set_precedence(P_ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit('(', ')'):
            patterns = node.patterns
            self.interleave(lambda: self.write(', '), self.traverse, patterns)
            attrs = node.kwd_attrs
            if attrs:
                def write_attr_pattern(pair):
                    attr, pattern = pair
                    self.write(attr + '=')
                    self.traverse(pattern)

                if patterns:
                    self.write(', ')
                self.interleave(lambda: self.write(', '), write_attr_pattern,
                                zip(attrs, node.kwd_patterns))

    def visit_MatchAs(self, node):
        name = node.name
        pattern = node.pattern
        if name is None:
            self.write('_')
        elif pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(P_TEST, node):
                self.set_precedence(P_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(' as ' + node.name)

    def visit_MatchOr(self, node):
        with self.require_parens(P_BOR, node):
            self.set_precedence(P_BOR + 1, *node.patterns)
            self.interleave(lambda: self.write(' | '), self.traverse, node.patterns)


class _Block:
    def __init__(self, unparser, extra):
        self.u = unparser
        self.extra = extra

    def __enter__(self):
        self.u.write(':')
        if self.extra:
            self.u.write(self.extra)
        self.u._indent += 1

    def __exit__(self, *exc):
        self.u._indent -= 1
        return False


class _Delimit:
    def __init__(self, unparser, start, end, condition):
        self.u = unparser
        self.start = start
        self.end = end
        self.condition = condition

    def __enter__(self):
        if self.condition:
            self.u.write(self.start)

    def __exit__(self, *exc):
        if self.condition:
            self.u.write(self.end)
        return False
