# The assert* family's failure messages, as CPython 3.11 words them,
# including msg= appended after " : " (longMessage). (Not here: the
# difflib diffs CPython appends for unequal strings, lists and tuples.)
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
checks = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual(1.5, 2, 'with a message'),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(None, 0),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(4, [1, 2]),
    lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: t.assertAlmostEqual(1.0, 1.01, places=3),
    lambda: t.assertNotAlmostEqual(1.0, 1.0),
    lambda: t.assertEqual({1, 2}, {2, 3}),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.fail('explicit failure'),
    lambda: t.fail(),
]
for check in checks:
    try:
        check()
        print('passed?!')
    except AssertionError as e:
        print(repr(str(e)))

t.assertAlmostEqual(0.1 + 0.2, 0.3)
t.assertAlmostEqual(10, 10.4, delta=0.5)
t.assertCountEqual('abc', 'cab')
t.assertEqual({'a': 1}, {'a': 1})
t.assertDictEqual({}, {})
t.assertListEqual([], [])
t.assertTupleEqual((1,), (1,))
t.assertSetEqual({1}, {1})
t.assertSequenceEqual([1, 2], (1, 2))
t.assertMultiLineEqual('a\nb', 'a\nb')
print('passing assertions pass')
try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print('TypeError:', e)

# expect: '1 != 2'
# expect: '1.5 != 2 : with a message'
# expect: '3 == 3'
# expect: '0 is not true'
# expect: '[1] is not false'
# expect: 'None is not 0'
# expect: 'unexpectedly identical: None'
# expect: '5 is not None'
# expect: 'unexpectedly None'
# expect: '4 not found in [1, 2]'
# expect: '1 unexpectedly found in [1, 2]'
# expect: "1 is not an instance of <class 'str'>"
# expect: "1 is an instance of <class 'int'>"
# expect: '1 not greater than 2'
# expect: '1 not greater than or equal to 2'
# expect: '2 not less than 1'
# expect: '2 not less than or equal to 1'
# expect: '1.0 != 1.1 within 7 places (0.10000000000000009 difference)'
# expect: '1.0 != 1.5 within 0.25 delta (0.5 difference)'
# expect: '1.0 != 1.01 within 3 places (0.010000000000000009 difference)'
# expect: '1.0 == 1.0 within 7 places'
# expect: 'Items in the first set but not the second:\n1\nItems in the second set but not the first:\n3'
# expect: 'Element counts were not equal:\nFirst has 2, Second has 1:  1\nFirst has 1, Second has 2:  2'
# expect: 'explicit failure'
# expect: 'None'
# expect: passing assertions pass
# expect: TypeError: specify delta or places not both
