# Identifiers are NFKC-normalized: different spellings name one variable.
ﬁ = 1
print(fi)
µ = 2
print(μ)
class A:
    ｘ = 3
print(A.x, getattr(A, 'ｘ', 'missing'))
def f(ℌ=5):
    return H
print(f(), f(H=7))
print([k for k in vars(A) if not k.startswith('_')])
ns = {}
exec("ﬀ = 3", ns)
print(sorted(k for k in ns if k != '__builtins__'))
print(eval("ﬁ + 1"))
import types
m = types.SimpleNamespace()
exec("m.ｙ = 9", {"m": m})
print(vars(m))
print(f"{ﬁ + µ}")
