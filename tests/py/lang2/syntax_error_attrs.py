# errors found by the compiler (not the parser): text is re-read from the
# named file, so None for "<string>"-like names; columns are byte offsets
nested = ''.join('    ' * i + f'for i{i} in range(1):\n' for i in range(21)) + '    ' * 21 + 'pass\n'
srcs = [nested, 'def f():\n  x = 1\n  global x\n', 'return 5', 'nonlocal q', 'break',
        "'\u00e9\u00e9'; nonlocal q", 'def f():\n    yield 1\n    class C:\n        return 2',
        'def f(__debug__): pass', 'lambda x, x: 0', 'def f():\n    x = 1\n    def g():\n        nonlocal y']
for src in srcs:
    try:
        compile(src, '<test>', 'exec')
    except SyntaxError as e:
        print(e.msg, '|', e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
try:
    exec('nonlocal z')
except SyntaxError as e:
    print(e.msg, e.filename, e.text)
