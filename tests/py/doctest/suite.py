# doctest: DocTestSuite and DocFileSuite through unittest; DocTestFinder contents
import doctest, unittest, sys, io, os


def good():
    """
    >>> good()
    1
    """
    return 1


def bad():
    """
    >>> bad()
    2
    """
    return 3


class K:
    """
    >>> K.s()
    's'
    """
    @staticmethod
    def s():
        """
        >>> 1 + 1
        2
        """
        return 's'

    @property
    def p(self):
        """
        >>> K().p
        'p'
        """
        return 'p'


__test__ = {'t': '>>> 3 * 3\n9\n'}

finder = doctest.DocTestFinder()
tests = finder.find(sys.modules[__name__])
for t in tests:
    print(t.name, len(t.examples), t.lineno)
print([t.name for t in doctest.DocTestFinder(recurse=False).find(good)])
print([t.name for t in doctest.DocTestFinder(exclude_empty=False).find(K)])

suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
for case, text in result.failures:
    print(case.id())
    print(text.split('AssertionError: ')[-1])

path = '/tmp/pipit_doctest_file.txt'
with open(path, 'w') as f:
    f.write('A file.\n\n>>> x = 2\n>>> x * 21\n42\n>>> x\n3\n')
suite = doctest.DocFileSuite(path, module_relative=False)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
print(result.testsRun, len(result.failures))
print(result.failures[0][1].split('AssertionError: ')[-1])
print(doctest.testfile(path, module_relative=False, report=False))
os.remove(path)
