# compile() of hand-built trees: the checks and messages for malformed ones
import ast


def check(tree, mode='exec'):
    ast.fix_missing_locations(tree)
    try:
        compile(tree, '<test>', mode)
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


L, S, D = ast.Load(), ast.Store(), ast.Del()
x = lambda ctx=L: ast.Name('x', ctx)
one = ast.Constant(1)
mod = lambda *stmts: ast.Module(list(stmts), [])
expr = lambda e: mod(ast.Expr(e))

check(mod(ast.Assign([x(S)], one)))
check(mod(ast.Assign([x(L)], one)))
check(mod(ast.Assign([], one)))
check(mod(ast.Delete([x(S)])))
check(expr(x(S)))
check(expr(ast.BinOp(one, ast.Add(), ast.Starred(x(), S))))
check(mod(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], None)))
check(mod(ast.If(one, [], [])))
check(mod(ast.While(one, [ast.Pass()], [None])))
check(mod(ast.Try([ast.Pass()], [], [], [])))
check(mod(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
check(mod(ast.Raise(None, one)))
check(mod(ast.ImportFrom('m', [ast.alias('a')], -1)))
check(mod(ast.Import([])))
check(mod(ast.Global([])))
check(expr(ast.BoolOp(ast.And(), [one])))
check(expr(ast.Dict([one], [])))
check(expr(ast.Compare(one, [], [])))
check(expr(ast.Compare(one, [ast.Lt()], [one, one])))
check(expr(ast.ListComp(one, [])))
check(expr(ast.Constant(int)))
check(expr(ast.Constant((1, [2]))))
check(expr(ast.Name('True', L)))
check(expr(ast.Name(42, L)))
check(expr(ast.Call(x(), [None], [])))
check(ast.Expression(x(S)), 'eval')
check(ast.Expression(one), 'exec')
t = ast.parse('import spam as SPAM')
t.body[0].names[0].name = None
check(t)
t = ast.parse('a = 1')
t.body[0].lineno = 10
t.body[0].end_lineno = 1
check(t)
t = ast.parse('[y for y in z]')
del t.body[0].value.generators[0].iter
check(t)
check(mod(ast.Expr(ast.expr(lineno=1, col_offset=0))))
m = mod(ast.Match(x(), [ast.match_case(ast.MatchAs(ast.MatchValue(one), None), None, [ast.Pass()])]))
check(m)
m = mod(ast.Match(x(), [ast.match_case(ast.MatchStar('a'), None, [ast.Pass()])]))
check(m)
m = mod(ast.Match(x(), [ast.match_case(ast.MatchValue(ast.Constant(True)), None, [ast.Pass()])]))
check(m)
ns = {}
t = mod(ast.Assign([x(S)], ast.BinOp(one, ast.Add(), ast.Constant(2))))
exec(compile(ast.fix_missing_locations(t), '<t>', 'exec'), ns)
print(ns['x'])
