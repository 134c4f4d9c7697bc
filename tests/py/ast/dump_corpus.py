# ast.dump of every syntax form, with and without attributes, in each mode
import ast
from _corpus import src
print(ast.dump(ast.parse(src), indent=2, include_attributes=True))
print(ast.dump(ast.parse("x = 1"), annotate_fields=False))
print(ast.dump(ast.parse("x", mode="eval")))
print(ast.dump(ast.parse("x", mode="single")))
