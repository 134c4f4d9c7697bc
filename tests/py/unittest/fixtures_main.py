import sys
import io
import unittest

log = []


class WithClassFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp')
        self.addCleanup(log.append, 'cleanup')

    def tearDown(self):
        log.append('tearDown')

    def test_a(self):
        log.append('a')

    def test_b(self):
        log.append('b')
        self.skipTest('skip inside')


@unittest.skipIf(True, 'whole class')
class Skipped(unittest.TestCase):
    def test_x(self):
        log.append('never')


class Broken(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('setup broke')

    def test_y(self):
        log.append('never either')


sys.stderr = io.StringIO()
prog = unittest.main(argv=['prog'], exit=False)
err = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(log)
print(prog.result.testsRun, len(prog.result.errors), len(prog.result.skipped))
print([l for l in err.splitlines() if l.startswith(('ERROR', 'OK', 'FAILED', 'RuntimeError'))])
print(err.splitlines()[0])
try:
    unittest.main(argv=['prog', 'WithClassFixtures.test_a'], exit=True)
except SystemExit as e:
    print('exit', e.code)
print(log[-5:])
