# unpacking and generator expressions where the grammar refuses them
for s in ["f(**x, *y)", "print(*a for a in b)", "{**a for a in b}", "class C(x for x in y): pass", "class C(f(x for x in y)): pass", "class C(A, metaclass=M): pass", "f(*a, b for b in c)", "f(x for x in y)", "{**a, 'b': 1}", "[*a for a in b]", "f(*a)", "f(**a, *b for b in c)"]:
    try:
        compile(s, '<s>', 'exec'); print('OK', s)
    except SyntaxError as e:
        print(repr(s), '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ["class A(x for x in y, z): pass", "class A(z, x for x in y): pass", "class A(x for x in y): pass", "class A(f(x for x in y)): pass"]:
    try: compile(s, "s", "exec"); print("ok")
    except SyntaxError as e: print(e.msg, e.offset, e.end_offset)
