import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual('a', 'b', 'custom'),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(1, None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2]),
    lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.1, delta=0.01),
    lambda: t.assertAlmostEqual(1.0, 1.00000001),
    lambda: t.assertNotAlmostEqual(1.0, 1.00000001),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertSetEqual({1, 2}, {2, 3}),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertCountEqual([1, 2], [2, 1]),
    lambda: t.assertSequenceEqual([1, 2, 3], [1, 2]),
    lambda: t.assertTupleEqual((1, 2), (1, 3)),
    lambda: t.assertRaises(ValueError, int, '12'),
    lambda: t.assertRaises(ValueError, int, 'x'),
    lambda: t.fail('boom'),
    lambda: t.assertEqual('x' * 100, 'x' * 99 + 'y'),
]
for i, check in enumerate(checks):
    try:
        check()
        print(i, 'passed')
    except AssertionError as e:
        print(i, 'AssertionError', str(e).split('\n')[0])

with t.assertRaises(KeyError) as cm:
    {}['k']
print(type(cm.exception).__name__, cm.exception.args)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError, msg='extra'):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(TypeError):
        raise ValueError('other')
except ValueError as e:
    print('propagated', e)
t.assertDictEqual({'a': 1}, {'a': 1})
t.assertMultiLineEqual('a\nb', 'a\nb')
print(t.id(), str(t), repr(t))
print(unittest.TestCase.longMessage, unittest.TestCase.maxDiff)
