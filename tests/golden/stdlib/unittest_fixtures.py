# Fixture order: setUpClass once, then setUp/test/tearDown per test (in
# name order), cleanups after tearDown in reverse order, tearDownClass last;
# a failing setUp skips its test and tearDown; subTest reports each failing
# case and goes on (unittest's TestCase.run, TestSuite's class fixtures).
import io
import unittest

log = []

class Fixtures(unittest.TestCase):
    def setUpClass(cls):
        log.append('setUpClass')
    setUpClass = classmethod(setUpClass)

    def tearDownClass(cls):
        log.append('tearDownClass')
    tearDownClass = classmethod(tearDownClass)

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        if self._testMethodName == 'test_c_setup_fails':
            raise RuntimeError('setUp failed')
        self.addCleanup(log.append, 'cleanup 1')
        self.addCleanup(log.append, 'cleanup 2')

    def tearDown(self):
        log.append('tearDown')

    def test_b(self):
        log.append('test_b')

    def test_a(self):
        log.append('test_a')

    def test_c_setup_fails(self):
        log.append('never')

    def test_d_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [t._testMethodName for t in suite])
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
for entry in log:
    print(entry)
print(len(result.errors), len(result.failures), result.testsRun)
for test, text in result.failures:
    print(test, '->', text.splitlines()[-1])
for test, text in result.errors:
    print(test, '->', text.splitlines()[-1])
print(unittest.TestLoader().getTestCaseNames(Fixtures))

# expect: 4 ['test_a', 'test_b', 'test_c_setup_fails', 'test_d_subtests']
# expect: setUpClass
# expect: setUp test_a
# expect: test_a
# expect: tearDown
# expect: cleanup 2
# expect: cleanup 1
# expect: setUp test_b
# expect: test_b
# expect: tearDown
# expect: cleanup 2
# expect: cleanup 1
# expect: setUp test_c_setup_fails
# expect: setUp test_d_subtests
# expect: tearDown
# expect: cleanup 2
# expect: cleanup 1
# expect: tearDownClass
# expect: 1 2 4
# expect: test_d_subtests (__main__.Fixtures.test_d_subtests) (i=1) -> AssertionError: 1 != 0
# expect: test_d_subtests (__main__.Fixtures.test_d_subtests) (i=3) -> AssertionError: 1 != 0
# expect: test_c_setup_fails (__main__.Fixtures.test_c_setup_fails) -> RuntimeError: setUp failed
# expect: ['test_a', 'test_b', 'test_c_setup_fails', 'test_d_subtests']
