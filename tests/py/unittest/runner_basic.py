import io
import unittest


class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.log = ['setUp']

    def tearDown(self):
        events.append(self._testMethodName)

    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual(1 + 1, 3)

    def test_error(self):
        {}['missing']

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 2, 1)

    def helper_not_a_test(self):
        raise RuntimeError


events = []


def summary(text):
    out = []
    for line in text.splitlines():
        if line.startswith('Ran '):
            line = line.split(' in ')[0]
        if line.startswith('  File') or line.startswith('    '):
            continue
        out.append(line)
    return '\n'.join(out)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arithmetic)
print(suite.countTestCases(), [t._testMethodName for t in suite])
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(summary(stream.getvalue()))
print(result)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
print(events)
stream = io.StringIO()
unittest.TextTestRunner(stream=stream).run(unittest.defaultTestLoader.loadTestsFromTestCase(Arithmetic))
print(summary(stream.getvalue()))
print(suite.countTestCases(), list(suite)[:2])
from unittest.case import TestCase
print(TestCase is unittest.TestCase, unittest.TestCase.__module__)
