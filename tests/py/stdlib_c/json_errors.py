import json

docs = ['', '   ', '[', '{', '{"a"', '{"a" 1}', '{"a": }', '{"a": 1 "b": 2}',
        '{a: 1}', '{"a": 1,}', '[1,]', '[1 2]', '[1,', '"abc', '"ab\\', '"a\x01b"',
        '"\\x"', '"\\u12"', '"\\u12zz"', '[1] x', '{"a":1}\n\n  }', 'nul', 'tru',
        '-', '01', '1.', '1e', '.5', '[1,\n  2,\n  x]', "{'a': 1}", '\ufeff[]',
        '[-]', '"\\ud800\\u12"', 'Infinityx', '{"a":1 ,"b"}', '\n\n  "abc']
for doc in docs:
    try:
        print(repr(doc), json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
for bad in [1, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
e = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.args)
for doc in ['"\\u+005x"', '"\\u00f \\"a"', '"\\ud83d\\ude00', '"\\u0041', '"\\u0041"',
            '"\\ud83d\\u\nde00"', '"\\ud83d\\ude0"', '"\\ud83d\\ude00"', '"\\ud83dx"',
            '"\\u 123"', '"\\u_123"', '"\\uABcD"']:
    try:
        print(repr(doc), ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), e)
