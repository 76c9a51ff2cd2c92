# unittest's report, as TextTestRunner writes it: a character per test
# (. F E s x u), then the errors and failures with their tracebacks (without
# unittest's own frames), the "Ran N tests" line and the summary. The time
# in the "Ran" line and the program's folder vary and are cut here.
import io
import unittest

class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual(2 * 2, 5)

    def test_error(self):
        raise KeyError('missing')

    def test_skipped(self):
        self.skipTest('not today')

    def test_expected(self):
        self.assertTrue(False)
    test_expected = unittest.expectedFailure(test_expected)

    def test_surprise(self):
        pass
    test_surprise = unittest.expectedFailure(test_surprise)

def run(verbosity):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Arithmetic)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    for line in stream.getvalue().splitlines():
        if line.startswith('Ran '):
            line = line[:line.index(' in ')]
        print(line.replace(__file__, __file__.rsplit('/', 1)[-1]))
    return result

r = run(1)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
      len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
print('---- verbose ----')
run(2)

# expect: .ExFsu
# expect: ======================================================================
# expect: ERROR: test_error (__main__.Arithmetic.test_error)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner_report.py", line 16, in test_error
# expect:     raise KeyError('missing')
# expect: KeyError: 'missing'
# expect:
# expect: ======================================================================
# expect: FAIL: test_fails (__main__.Arithmetic.test_fails)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner_report.py", line 13, in test_fails
# expect:     self.assertEqual(2 * 2, 5)
# expect: AssertionError: 4 != 5
# expect:
# expect: ======================================================================
# expect: UNEXPECTED SUCCESS: test_surprise (__main__.Arithmetic.test_surprise)
# expect: ----------------------------------------------------------------------
# expect: Ran 6 tests
# expect:
# expect: FAILED (failures=1, errors=1, skipped=1, expected failures=1, unexpected successes=1)
# expect: 6 1 1 1 1 1 False
# expect: ---- verbose ----
# expect: test_add (__main__.Arithmetic.test_add) ... ok
# expect: test_error (__main__.Arithmetic.test_error) ... ERROR
# expect: test_expected (__main__.Arithmetic.test_expected) ... expected failure
# expect: test_fails (__main__.Arithmetic.test_fails) ... FAIL
# expect: test_skipped (__main__.Arithmetic.test_skipped) ... skipped 'not today'
# expect: test_surprise (__main__.Arithmetic.test_surprise) ... unexpected success
# expect:
# expect: ======================================================================
# expect: ERROR: test_error (__main__.Arithmetic.test_error)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner_report.py", line 16, in test_error
# expect:     raise KeyError('missing')
# expect: KeyError: 'missing'
# expect:
# expect: ======================================================================
# expect: FAIL: test_fails (__main__.Arithmetic.test_fails)
# expect: ----------------------------------------------------------------------
# expect: Traceback (most recent call last):
# expect:   File "unittest_runner_report.py", line 13, in test_fails
# expect:     self.assertEqual(2 * 2, 5)
# expect: AssertionError: 4 != 5
# expect:
# expect: ======================================================================
# expect: UNEXPECTED SUCCESS: test_surprise (__main__.Arithmetic.test_surprise)
# expect: ----------------------------------------------------------------------
# expect: Ran 6 tests
# expect:
# expect: FAILED (failures=1, errors=1, skipped=1, expected failures=1, unexpected successes=1)
