"""Checks a syntax tree built by hand before compile() turns it into code,
with the errors CPython's compiler gives for malformed trees."""
import ast

_CTX_NODES = (ast.Attribute, ast.Subscript, ast.Starred, ast.Name, ast.List, ast.Tuple)
_CONSTANT_TYPES = (type(None), type(...), int, float, complex, bool, bytes, str)


def _ctx_name(ctx):
    return type(ctx).__name__


class _Validator:
    # -- fields

    def field(self, node, name):
        """The value of a required field: present and not None."""
        try:
            value = getattr(node, name)
        except AttributeError:
            raise TypeError('required field "%s" missing from %s' % (name, type(node).__name__))
        if value is None and getattr(type(node), name, ...) is not None:
            raise ValueError("field '%s' is required for %s" % (name, type(node).__name__))
        return value

    def optional(self, node, name):
        return getattr(node, name, None)

    def nonempty(self, node, name):
        seq = self.field(node, name)
        if not seq:
            raise ValueError('empty %s on %s' % (name, type(node).__name__))
        return seq

    def identifier(self, value):
        if not isinstance(value, str):
            raise TypeError('AST identifier must be of type str')
        return value

    def attributes(self, node, base):
        """The position attributes: lineno and col_offset required ints,
        the end ones optional, as CPython's converter reads them."""
        for name, required in (('lineno', True), ('col_offset', True),
                               ('end_lineno', False), ('end_col_offset', False)):
            try:
                value = getattr(node, name)
            except AttributeError:
                if required:
                    raise TypeError('required field "%s" missing from %s' % (name, base))
                continue
            if value is None and not required:
                continue
            if not isinstance(value, int):
                raise ValueError('invalid integer value: %r' % (value,))

    def positions(self, node):
        for base in (ast.stmt, ast.expr, ast.excepthandler, ast.pattern):
            if isinstance(node, base):
                self.attributes(node, base.__name__)
        lineno = getattr(node, 'lineno', None)
        end_lineno = getattr(node, 'end_lineno', None)
        col = getattr(node, 'col_offset', None)
        end_col = getattr(node, 'end_col_offset', None)
        if lineno is None or end_lineno is None:
            return
        if lineno > end_lineno:
            raise ValueError('AST node line range (%d, %d) is not valid' % (lineno, end_lineno))
        if col is None or end_col is None:
            return
        if (lineno < 0 and end_lineno != lineno) or (col < 0 and col != end_col):
            raise ValueError('AST node column range (%d, %d) for line range (%d, %d) is not valid'
                             % (col, end_col, lineno, end_lineno))
        if lineno == end_lineno and col > end_col:
            raise ValueError('line %d, column %d-%d is not a valid range' % (lineno, col, end_col))

    # -- modules and statements

    def mod(self, node):
        if isinstance(node, (ast.Module, ast.Interactive)):
            self.stmts(self.field(node, 'body'))
        elif isinstance(node, ast.Expression):
            self.expr(self.field(node, 'body'), ast.Load)
        else:
            raise TypeError('expected some sort of mod, but got %r' % (node,))

    def stmts(self, seq):
        for s in seq:
            if s is None:
                raise ValueError('None disallowed in statement list')
            self.stmt(s)

    def body(self, node, name='body'):
        self.stmts(self.nonempty(node, name))

    def stmt(self, node):
        if not isinstance(node, ast.stmt) or type(node) is ast.stmt:
            raise TypeError('expected some sort of stmt, but got %r' % (node,))
        self.positions(node)
        getattr(self, 'stmt_' + type(node).__name__)(node)

    def stmt_FunctionDef(self, node):
        self.identifier(self.field(node, 'name'))
        self.body(node)
        self.arguments(self.field(node, 'args'))
        self.exprs(self.field(node, 'decorator_list'), ast.Load)
        self.opt_expr(self.optional(node, 'returns'), ast.Load)

    stmt_AsyncFunctionDef = stmt_FunctionDef

    def stmt_ClassDef(self, node):
        self.identifier(self.field(node, 'name'))
        self.body(node)
        self.exprs(self.field(node, 'bases'), ast.Load)
        self.keywords(self.field(node, 'keywords'))
        self.exprs(self.field(node, 'decorator_list'), ast.Load)

    def stmt_Return(self, node):
        self.opt_expr(self.optional(node, 'value'), ast.Load)

    def stmt_Delete(self, node):
        self.exprs(self.nonempty(node, 'targets'), ast.Del)

    def stmt_Assign(self, node):
        self.exprs(self.nonempty(node, 'targets'), ast.Store)
        self.expr(self.field(node, 'value'), ast.Load)

    def stmt_AugAssign(self, node):
        self.expr(self.field(node, 'target'), ast.Store)
        self.field(node, 'op')
        self.expr(self.field(node, 'value'), ast.Load)

    def stmt_AnnAssign(self, node):
        target = self.field(node, 'target')
        if self.field(node, 'simple') and not isinstance(target, ast.Name):
            raise TypeError('AnnAssign with simple non-Name target')
        self.expr(target, ast.Store)
        self.opt_expr(self.optional(node, 'value'), ast.Load)
        self.expr(self.field(node, 'annotation'), ast.Load)

    def stmt_For(self, node):
        self.expr(self.field(node, 'target'), ast.Store)
        self.expr(self.field(node, 'iter'), ast.Load)
        self.body(node)
        self.stmts(self.field(node, 'orelse'))

    stmt_AsyncFor = stmt_For

    def stmt_While(self, node):
        self.expr(self.field(node, 'test'), ast.Load)
        self.body(node)
        self.stmts(self.field(node, 'orelse'))

    stmt_If = stmt_While

    def stmt_With(self, node):
        for item in self.nonempty(node, 'items'):
            self.expr(self.field(item, 'context_expr'), ast.Load)
            self.opt_expr(self.optional(item, 'optional_vars'), ast.Store)
        self.body(node)

    stmt_AsyncWith = stmt_With

    def stmt_Match(self, node):
        self.expr(self.field(node, 'subject'), ast.Load)
        for case in self.nonempty(node, 'cases'):
            self.pattern(self.field(case, 'pattern'))
            self.opt_expr(self.optional(case, 'guard'), ast.Load)
            self.body(case)

    def stmt_Raise(self, node):
        exc = self.optional(node, 'exc')
        cause = self.optional(node, 'cause')
        if exc is not None:
            self.expr(exc, ast.Load)
            self.opt_expr(cause, ast.Load)
        elif cause is not None:
            raise ValueError('Raise with cause but no exception')

    def stmt_Try(self, node):
        name = type(node).__name__
        self.body(node)
        handlers = self.field(node, 'handlers')
        orelse = self.field(node, 'orelse')
        finalbody = self.field(node, 'finalbody')
        if not handlers and not finalbody:
            raise ValueError('%s has neither except handlers nor finalbody' % name)
        if not handlers and orelse:
            raise ValueError('%s has orelse but no except handlers' % name)
        for handler in handlers:
            self.positions(handler)
            self.opt_expr(self.optional(handler, 'type'), ast.Load)
            self.body(handler)
        self.stmts(finalbody)
        self.stmts(orelse)

    stmt_TryStar = stmt_Try

    def stmt_Assert(self, node):
        self.expr(self.field(node, 'test'), ast.Load)
        self.opt_expr(self.optional(node, 'msg'), ast.Load)

    def stmt_Import(self, node):
        for alias in self.nonempty(node, 'names'):
            self.attributes(alias, 'alias')
            self.identifier(self.field(alias, 'name'))

    def stmt_ImportFrom(self, node):
        level = self.optional(node, 'level')
        if level is not None and level < 0:
            raise ValueError('Negative ImportFrom level')
        self.stmt_Import(node)

    def stmt_Global(self, node):
        for name in self.nonempty(node, 'names'):
            self.identifier(name)

    stmt_Nonlocal = stmt_Global

    def stmt_Expr(self, node):
        self.expr(self.field(node, 'value'), ast.Load)

    def stmt_Pass(self, node):
        pass

    stmt_Break = stmt_Continue = stmt_Pass

    # -- expressions

    def exprs(self, seq, ctx, null_ok=False):
        for e in seq:
            if e is None:
                if null_ok:
                    continue
                raise ValueError('None disallowed in expression list')
            self.expr(e, ctx)

    def opt_expr(self, node, ctx):
        if node is not None:
            self.expr(node, ctx)

    def expr(self, node, ctx):
        if not isinstance(node, ast.expr) or type(node) is ast.expr:
            raise TypeError('expected some sort of expr, but got %r' % (node,))
        self.positions(node)
        if isinstance(node, _CTX_NODES):
            actual = self.field(node, 'ctx')
            if type(actual) is not ctx:
                raise ValueError('expression must have %s context but has %s instead'
                                 % (ctx.__name__, _ctx_name(actual)))
        elif ctx is not ast.Load:
            raise ValueError("expression which can't be assigned to in %s context" % ctx.__name__)
        getattr(self, 'expr_' + type(node).__name__)(node)

    def expr_BoolOp(self, node):
        values = self.field(node, 'values')
        if len(values) < 2:
            raise ValueError('BoolOp with less than 2 values')
        self.exprs(values, ast.Load)

    def expr_BinOp(self, node):
        self.expr(self.field(node, 'left'), ast.Load)
        self.expr(self.field(node, 'right'), ast.Load)

    def expr_UnaryOp(self, node):
        self.expr(self.field(node, 'operand'), ast.Load)

    def expr_Lambda(self, node):
        self.arguments(self.field(node, 'args'))
        self.expr(self.field(node, 'body'), ast.Load)

    def expr_IfExp(self, node):
        for name in ('test', 'body', 'orelse'):
            self.expr(self.field(node, name), ast.Load)

    def expr_Dict(self, node):
        keys = self.field(node, 'keys')
        values = self.field(node, 'values')
        if len(keys) != len(values):
            raise ValueError("Dict doesn't have the same number of keys as values")
        self.exprs(keys, ast.Load, null_ok=True)
        self.exprs(values, ast.Load)

    def expr_Set(self, node):
        self.exprs(self.field(node, 'elts'), ast.Load)

    def comprehension(self, generators):
        if not generators:
            raise ValueError('comprehension with no generators')
        for gen in generators:
            self.expr(self.field(gen, 'target'), ast.Store)
            self.expr(self.field(gen, 'iter'), ast.Load)
            self.exprs(self.field(gen, 'ifs'), ast.Load)

    def expr_ListComp(self, node):
        self.comprehension(self.field(node, 'generators'))
        self.expr(self.field(node, 'elt'), ast.Load)

    expr_SetComp = expr_GeneratorExp = expr_ListComp

    def expr_DictComp(self, node):
        self.comprehension(self.field(node, 'generators'))
        self.expr(self.field(node, 'key'), ast.Load)
        self.expr(self.field(node, 'value'), ast.Load)

    def expr_Yield(self, node):
        self.opt_expr(self.optional(node, 'value'), ast.Load)

    def expr_YieldFrom(self, node):
        self.expr(self.field(node, 'value'), ast.Load)

    expr_Await = expr_YieldFrom

    def expr_Compare(self, node):
        comparators = self.field(node, 'comparators')
        if not comparators:
            raise ValueError('Compare with no comparators')
        if len(comparators) != len(self.field(node, 'ops')):
            raise ValueError('Compare has a different number of comparators and operands')
        self.exprs(comparators, ast.Load)
        self.expr(self.field(node, 'left'), ast.Load)

    def expr_Call(self, node):
        self.expr(self.field(node, 'func'), ast.Load)
        self.exprs(self.field(node, 'args'), ast.Load)
        self.keywords(self.field(node, 'keywords'))

    def constant(self, value):
        if isinstance(value, (tuple, frozenset)):
            for item in value:
                self.constant(item)
        elif type(value) not in _CONSTANT_TYPES:
            raise TypeError('got an invalid type in Constant: %s' % type(value).__name__)

    def expr_Constant(self, node):
        try:
            value = node.value
        except AttributeError:
            raise TypeError('required field "value" missing from Constant')
        self.constant(value)

    def expr_JoinedStr(self, node):
        self.exprs(self.field(node, 'values'), ast.Load)

    def expr_FormattedValue(self, node):
        self.expr(self.field(node, 'value'), ast.Load)
        self.opt_expr(self.optional(node, 'format_spec'), ast.Load)

    def expr_Attribute(self, node):
        self.identifier(self.field(node, 'attr'))
        self.expr(self.field(node, 'value'), ast.Load)

    def expr_Subscript(self, node):
        self.expr(self.field(node, 'slice'), ast.Load)
        self.expr(self.field(node, 'value'), ast.Load)

    def expr_Starred(self, node):
        self.expr(self.field(node, 'value'), type(node.ctx))

    def expr_Slice(self, node):
        for name in ('lower', 'upper', 'step'):
            self.opt_expr(self.optional(node, name), ast.Load)

    def expr_List(self, node):
        self.exprs(self.field(node, 'elts'), type(node.ctx))

    expr_Tuple = expr_List

    def expr_NamedExpr(self, node):
        self.expr(self.field(node, 'value'), ast.Load)
        target = self.field(node, 'target')
        if not isinstance(target, ast.Name):
            raise TypeError('NamedExpr target must be a Name')
        self.expr(target, ast.Store)

    def expr_Name(self, node):
        name = self.identifier(self.field(node, 'id'))
        if name in ('None', 'True', 'False'):
            raise ValueError("identifier field can't represent '%s' constant" % name)

    # -- arguments and patterns

    def arguments(self, args):
        positional = self.field(args, 'posonlyargs') + self.field(args, 'args')
        kwonly = self.field(args, 'kwonlyargs')
        for a in positional + kwonly + [self.optional(args, 'vararg'), self.optional(args, 'kwarg')]:
            if a is None:
                continue
            self.identifier(self.field(a, 'arg'))
            self.opt_expr(self.optional(a, 'annotation'), ast.Load)
        defaults = self.field(args, 'defaults')
        kw_defaults = self.field(args, 'kw_defaults')
        if len(defaults) > len(positional):
            raise ValueError('more positional defaults than args on arguments')
        if len(kw_defaults) != len(kwonly):
            raise ValueError('length of kwonlyargs is not the same as kw_defaults on arguments')
        self.exprs(defaults, ast.Load)
        self.exprs(kw_defaults, ast.Load, null_ok=True)

    def keywords(self, keywords):
        for kw in keywords:
            self.expr(self.field(kw, 'value'), ast.Load)

    def capture(self, name):
        if name == '_':
            raise ValueError("can't capture name '_' in patterns")
        self.name(name)

    def name(self, name):
        self.identifier(name)
        if name in ('None', 'True', 'False'):
            raise ValueError("identifier field can't represent '%s' constant" % name)

    def match_value(self, value):
        """The value of a MatchValue or a mapping key: a literal or a
        dotted name."""
        self.expr(value, ast.Load)
        if isinstance(value, ast.Constant):
            if value.value is None or isinstance(value.value, bool) or \
                    not isinstance(value.value, (int, float, complex, str, bytes)):
                raise ValueError('unexpected constant inside of a literal pattern')
            return
        if isinstance(value, ast.Attribute):
            return
        if isinstance(value, ast.UnaryOp) and isinstance(value.operand, ast.Constant):
            return
        if isinstance(value, (ast.BinOp, ast.JoinedStr)):
            return
        raise ValueError('patterns may only match literals and attribute lookups')

    def pattern(self, node, star_ok=False):
        if not isinstance(node, ast.pattern) or type(node) is ast.pattern:
            raise TypeError('expected some sort of pattern, but got %r' % (node,))
        self.positions(node)
        getattr(self, 'pattern_' + type(node).__name__)(node, star_ok)

    def pattern_MatchValue(self, node, star_ok):
        self.match_value(self.field(node, 'value'))

    def pattern_MatchSingleton(self, node, star_ok):
        if getattr(node, 'value', None) not in (None, True, False):
            raise ValueError('MatchSingleton can only contain True, False and None')

    def pattern_MatchSequence(self, node, star_ok):
        for p in self.field(node, 'patterns'):
            self.pattern(p, star_ok=True)

    def pattern_MatchMapping(self, node, star_ok):
        keys = self.field(node, 'keys')
        patterns = self.field(node, 'patterns')
        if len(keys) != len(patterns):
            raise ValueError("MatchMapping doesn't have the same number of keys as patterns")
        rest = self.optional(node, 'rest')
        if rest is not None:
            self.capture(rest)
        for key in keys:
            if isinstance(key, (ast.Constant, ast.Attribute)):
                self.match_value(key)
            else:
                raise ValueError('can only have keys of Constant or Attribute')
        for p in patterns:
            self.pattern(p)

    def pattern_MatchClass(self, node, star_ok):
        cls = self.field(node, 'cls')
        self.expr(cls, ast.Load)
        while isinstance(cls, ast.Attribute):
            cls = cls.value
        if not isinstance(cls, ast.Name):
            raise ValueError('MatchClass cls field can only contain Name or Attribute nodes.')
        attrs = self.field(node, 'kwd_attrs')
        kwd_patterns = self.field(node, 'kwd_patterns')
        if len(attrs) != len(kwd_patterns):
            raise ValueError("MatchClass doesn't have the same number of keyword attributes as patterns")
        for attr in attrs:
            self.name(attr)
        for p in self.field(node, 'patterns') + kwd_patterns:
            self.pattern(p)

    def pattern_MatchStar(self, node, star_ok):
        if not star_ok:
            raise ValueError("can't use MatchStar here")
        name = self.optional(node, 'name')
        if name is not None:
            self.capture(name)

    def pattern_MatchAs(self, node, star_ok):
        name = self.optional(node, 'name')
        sub = self.optional(node, 'pattern')
        if name is not None:
            self.capture(name)
        if sub is not None:
            if name is None:
                raise ValueError('MatchAs must specify a target name if a pattern is given')
            self.pattern(sub)

    def pattern_MatchOr(self, node, star_ok):
        patterns = self.field(node, 'patterns')
        if len(patterns) < 2:
            raise ValueError('MatchOr requires at least 2 patterns')
        for p in patterns:
            self.pattern(p)


def validate(tree):
    """Raise ValueError or TypeError when tree cannot be compiled."""
    _Validator().mod(tree)
