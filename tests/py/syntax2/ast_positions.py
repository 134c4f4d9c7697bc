# compile() of a hand-built tree checks the position attributes as CPython does.
import ast
def t(mod):
    try:
        compile(mod, 'f', 'exec'); print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t(ast.Module([ast.Pass()], []))
t(ast.Module([ast.Pass(lineno=1)], []))
t(ast.Module([ast.Pass(lineno=None, col_offset=0)], []))
t(ast.Module([ast.Pass(lineno=1, col_offset='x')], []))
t(ast.Module([ast.Pass(lineno=1, col_offset=0, end_lineno='a')], []))
t(ast.Module([ast.Pass(lineno=1, col_offset=0, end_lineno=None)], []))
t(ast.Module([ast.Expr(ast.Constant(1), lineno=1, col_offset=0)], []))
t(ast.Module([ast.Expr(ast.Constant(1, lineno=1, col_offset=0), lineno=1, col_offset=0)], []))
t(ast.Module([ast.ImportFrom(module='time', names=[ast.alias(name='sleep')], level=None, lineno=None, col_offset=None)], []))
t(ast.Module([ast.ImportFrom(module='time', names=[ast.alias(name='sleep')], level=None, lineno=1, col_offset=0)], []))
t(ast.fix_missing_locations(ast.Module([ast.Expr(ast.Constant(1))], [])))
t(ast.Module([ast.Pass(lineno=True, col_offset=0)], []))
