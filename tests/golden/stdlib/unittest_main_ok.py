# unittest.main() on a passing TestCase file: the report goes to stderr
# ("..", the rule, "Ran 2 tests in ...", "OK") and the exit status is 0;
# test output printed by the tests stays on stdout.
import unittest

class Stack(unittest.TestCase):
    def setUp(self):
        self.items = []

    def test_push(self):
        self.items.append(1)
        self.assertEqual(self.items, [1])
        print('pushed')

    def test_pop_empty(self):
        with self.assertRaises(IndexError):
            self.items.pop()

if __name__ == '__main__':
    unittest.main()
# expect stderr: ..
# expect stderr: ----------------------------------------------------------------------
# expect stderr: Ran 2 tests in
# expect stderr: OK
# expect: pushed
