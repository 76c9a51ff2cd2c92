# assertEqual's messages by type, as CPython 3.11's: str (an ndiff of the
# lines, with '?' guides), list and tuple (first differing element, extra
# elements, an ndiff of the pprint), dict, set, shortened reprs past 80
# characters, and maxDiff cutting a long diff.
import unittest
class T(unittest.TestCase):
    def runTest(self): pass
t = T()
cases = [
    ('a', 'b'), ('hello world', 'hello wrld'), ('line one\nline two\n', 'line one\nline 2\nline three\n'),
    ([1, 2], [1, 3]), ((1, 2, 3), (1, 2)), ([1], [1, 2, 3]), ({'a': 1, 'b': 2}, {'a': 1, 'b': 3}),
    ({1, 2}, {2, 3}), ('x' * 100, 'x' * 99 + 'y'), (list(range(30)), list(range(29)) + [99]),
    ('The quick brown fox', 'The quick brown dog'), ('abc\tdef', 'abc def'), (1, 2.5), ([1, 2], (1, 2)),
    ('a\nb\nc\nd\ne', 'a\nB\nc\nd\nE'), ({'k': [1, 2, 3]}, {'k': [1, 2, 4], 'z': 0}),
]
for a, b in cases:
    try:
        t.assertEqual(a, b)
        print('equal?')
    except AssertionError as e:
        print(repr(str(e)))
t.maxDiff = 20
try: t.assertEqual('a\nb\nc\n' * 5, 'a\nb\nd\n' * 5)
except AssertionError as e: print(repr(str(e)))
t.maxDiff = None
try: t.assertEqual([str(i) * 10 for i in range(12)], [str(i) * 10 for i in range(1, 13)])
except AssertionError as e: print(repr(str(e)))

# expect: "'a' != 'b'\n- a\n+ b\n"
# expect: "'hello world' != 'hello wrld'\n- hello world\n?        -\n+ hello wrld\n"
# expect: "'line one\\nline two\\n' != 'line one\\nline 2\\nline three\\n'\n  line one\n- line two\n?      ^^^\n+ line 2\n?      ^\n+ line three\n"
# expect: 'Lists differ: [1, 2] != [1, 3]\n\nFirst differing element 1:\n2\n3\n\n- [1, 2]\n?     ^\n\n+ [1, 3]\n?     ^\n'
# expect: 'Tuples differ: (1, 2, 3) != (1, 2)\n\nFirst tuple contains 1 additional elements.\nFirst extra element 2:\n3\n\n- (1, 2, 3)\n?      ---\n\n+ (1, 2)'
# expect: 'Lists differ: [1] != [1, 2, 3]\n\nSecond list contains 2 additional elements.\nFirst extra element 1:\n2\n\n- [1]\n+ [1, 2, 3]'
# expect: "{'a': 1, 'b': 2} != {'a': 1, 'b': 3}\n- {'a': 1, 'b': 2}\n?               ^\n\n+ {'a': 1, 'b': 3}\n?               ^\n"
# expect: 'Items in the first set but not the second:\n1\nItems in the second set but not the first:\n3'
# expect: "'xxxx[34 chars]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' != 'xxxx[34 chars]xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy'\n- xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n?                                                                                                    ^\n+ xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy\n?                                                                                                    ^\n"
# expect: 'Lists differ: [0, 1[42 chars]14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29] != [0, 1[42 chars]14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 99]\n\nFirst differing element 29:\n29\n99\n\n  [0,\n   1,\n   2,\n   3,\n   4,\n   5,\n   6,\n   7,\n   8,\n   9,\n   10,\n   11,\n   12,\n   13,\n   14,\n   15,\n   16,\n   17,\n   18,\n   19,\n   20,\n   21,\n   22,\n   23,\n   24,\n   25,\n   26,\n   27,\n   28,\n-  29]\n?  ^\n\n+  99]\n?  ^\n'
# expect: "'The quick brown fox' != 'The quick brown dog'\n- The quick brown fox\n?                 ^ ^\n+ The quick brown dog\n?                 ^ ^\n"
# expect: "'abc\\tdef' != 'abc def'\n- abc\tdef\n?    ^\n+ abc def\n?    ^\n"
# expect: '1 != 2.5'
# expect: '[1, 2] != (1, 2)'
# expect: "'a\\nb\\nc\\nd\\ne' != 'a\\nB\\nc\\nd\\nE'\n  a\n- b\n+ B\n  c\n  d\n- e+ E"
# expect: "{'k': [1, 2, 3]} != {'k': [1, 2, 4], 'z': 0}\n- {'k': [1, 2, 3]}\n?              ^\n\n+ {'k': [1, 2, 4], 'z': 0}\n?              ^ ++++++++\n"
# expect: "'a\\nb\\nc\\na\\nb\\nc\\na\\nb\\nc\\na\\nb\\nc\\na\\nb\\nc\\n' != 'a\\nb\\nd\\na\\nb\\nd\\na\\nb\\nd\\na\\nb\\nd\\na\\nb\\nd\\n'\nDiff is 81 characters long. Set self.maxDiff to None to see it."
# expect: "Lists differ: ['0000000000', '1111111111', '2222222222', [140 chars]111'] != ['1111111111', '2222222222', '3333333333', [150 chars]212']\n\nFirst differing element 0:\n'0000000000'\n'1111111111'\n\n- ['0000000000',\n-  '1111111111',\n? ^\n\n+ ['1111111111',\n? ^\n\n   '2222222222',\n   '3333333333',\n   '4444444444',\n   '5555555555',\n   '6666666666',\n   '7777777777',\n   '8888888888',\n   '9999999999',\n   '10101010101010101010',\n-  '11111111111111111111']\n?                        ^\n\n+  '11111111111111111111',\n?                        ^\n\n+  '12121212121212121212']"
