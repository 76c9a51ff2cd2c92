# unittest.main() when a test fails: "F" and "E" in the progress line, the
# FAIL/ERROR sections, "FAILED (failures=1, errors=1)" on stderr, and exit
# status 1 (python3 is not compared: the exit status is not 0).
import unittest

class Broken(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)

    def test_wrong(self):
        self.assertEqual(len('abc'), 4)

    def test_crash(self):
        None.missing

unittest.main()
# expect stderr: E.F
# expect stderr: ERROR: test_crash (__main__.Broken.test_crash)
# expect stderr: AttributeError: 'NoneType' object has no attribute 'missing'
# expect stderr: FAIL: test_wrong (__main__.Broken.test_wrong)
# expect stderr: AssertionError: 3 != 4
# expect stderr: Ran 3 tests in
# expect stderr: FAILED (failures=1, errors=1)
# exit: 1
