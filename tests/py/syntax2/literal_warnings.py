# SyntaxWarnings of the compiler and the tokenizer: a missed comma before a
# call or subscript, "is" with a literal, numbers glued to keywords.
import warnings
for src in ['[(1, 2) (3, 4)]', '[123 [i, j]]', '[(1, 2) [i, j]]', '[[1, 2] [[3, 4]]]',
            '[{1, 2} [i, j]]', '[(lambda x, y: x) [i, j]]', '[... [i, j]]', '["abc" [i, j]]',
            '[[1, 2] [(i for i in range(5))]]', '[[1, 2] [(lambda x, y: x)]]', '[[1, 2] [f"{x}"]]',
            '[[1, 2] [i]]', '[[1, 2] [0]]', '[[1, 2] [True]]', '[[1, 2] [1:2]]', '[{(1, 2): 3} [i, j]]',
            '[(lambda x, y: x) (3, 4)]', 'x is 1', 'x is not ()', '0xfor x', '1if x else y',
            '[0x1for x in ()]', '1jif x else y', '0o7in x', '1.or x']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', SyntaxWarning)
        try:
            compile(src, '<testcase>', 'exec')
        except SyntaxError as e:
            print("SyntaxError", e)
    print(src, [(x.category.__name__, str(x.message), x.lineno) for x in w])
for src in ['1_if 1 else 2', '0xfspam', '9spam', '1⁄7']:
    try:
        compile(src, '<testcase>', 'eval')
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg, e.offset)
with warnings.catch_warnings():
    warnings.simplefilter('error', SyntaxWarning)
    try:
        compile('0xfor x', '<testcase>', 'eval')
    except SyntaxError as e:
        print("error:", e.msg, e.lineno)
