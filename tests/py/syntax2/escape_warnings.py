# Invalid escape sequences: a DeprecationWarning at compile time, turned
# into a SyntaxError by an "error" filter.
import warnings
for src in [r"'\d'", r"b'\d'", r"'\777'", r"b'\777'", r"'\8' '\9'", r"'a\qb\zc'",
            r"f'\d{1}'", r"f'\{6*7}'", "'\\é'", "x = ('a',\n'\\d')", r"b'\N{x}'", r"'\400'", r"'\n\t\x41'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, '<testcase>', 'exec')
        except SyntaxError as e:
            print("SyntaxError", e)
    print(src, [(x.category.__name__, str(x.message), x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, '<testcase>', 'exec')
        except SyntaxError as e:
            print("   error:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
