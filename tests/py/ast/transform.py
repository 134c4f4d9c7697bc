# ast: NodeVisitor, NodeTransformer, walk, iter_fields, locations, docstrings,
# compile() of trees, node construction
import ast

src = '''
"""Module doc."""
def add(a, b):
    """Add.

        Indented."""
    return a + b
x = add(2, 3) * 10
print(x, add('a', 'b'))
'''
tree = ast.parse(src)
print(ast.get_docstring(tree), repr(ast.get_docstring(tree.body[1])), repr(ast.get_docstring(tree.body[1], clean=False)))
print(ast.get_docstring(ast.parse('def f(): pass').body[0]))
try:
    ast.get_docstring(ast.Name('x'))
except TypeError as e:
    print('TypeError', e)


class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)


v = Names()
v.visit(tree)
print(v.names)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([name for name, _ in ast.iter_fields(tree.body[1])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])


class Rewrite(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult):
            return ast.copy_location(ast.BinOp(node.left, ast.Add(), node.right), node)
        return node

    def visit_Constant(self, node):
        if node.value == 10:
            return ast.Constant(100)
        return node

    def visit_Expr(self, node):
        self.generic_visit(node)
        extra = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('extra')], []))
        return [node, extra]


new = ast.fix_missing_locations(Rewrite().visit(tree))
print(ast.unparse(new))
code = compile(new, '<ast>', 'exec')
exec(code, {})
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), '<e>', 'eval')))
t2 = compile('a = 1\nprint(a + 1)', '<s>', 'exec', ast.PyCF_ONLY_AST)
print(type(t2).__name__, ast.dump(t2.body[0]))
exec(compile(t2, '<s>', 'exec'))
try:
    compile(ast.Expression(ast.Constant(1)), '<x>', 'exec')
except TypeError as e:
    print('TypeError', e)

n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, n._fields, ast.Name._attributes)
print(ast.dump(ast.Constant(1)), ast.Constant(1).kind, ast.Name().__dict__)
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print('TypeError', e)
try:
    ast.Pass(1)
except TypeError as e:
    print('TypeError', e)
print(ast.dump(ast.BinOp(left=ast.Name('a'), op=ast.Add())))
print(isinstance(ast.Add(), ast.operator), issubclass(ast.Module, ast.mod), ast.AST.__name__)
print(ast.Name.__mro__[1].__name__, ast.expr._attributes)

m = ast.parse('x = 1\ny = (1 +\n     2)')
ast.increment_lineno(m, 3)
print([(n.lineno, n.end_lineno) for n in m.body])
s = 'a = 1\nb = f(x,\n      y)\nc = "é" + z'
m = ast.parse(s)
print([ast.get_source_segment(s, n) for n in m.body])
print(ast.get_source_segment(s, m.body[1].value, padded=True))
print(ast.get_source_segment(s, m.body[2].value.right))
print([(n.col_offset, n.end_col_offset) for n in ast.walk(m.body[2])  if hasattr(n, 'col_offset')])
try:
    ast.parse('x = (')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.filename)
try:
    ast.parse('1 +', filename='f.py', mode='eval')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.filename)
print(ast.dump(ast.parse('x = 1', type_comments=True)))
print(ast.parse('a.b').body[0].value.ctx is ast.parse('c').body[0].value.ctx)
