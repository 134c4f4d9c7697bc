"""unittest.result: its names live in the unittest package."""
from unittest import *  # noqa: F401,F403
from unittest import SkipTest, TestCase, FunctionTestCase, TestSuite, TestLoader, TestResult, TextTestResult, TextTestRunner, TestProgram, main, defaultTestLoader, skip, skipIf, skipUnless, expectedFailure, safe_repr, strclass, IsolatedAsyncioTestCase  # noqa: F401
