# assertRaises as a call and as a context manager (the exception is kept
# on the context), its failure messages, assertRaisesRegex with literal
# text, and a tuple of exception types.
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()
t.assertRaises(ZeroDivisionError, lambda: 1 / 0)
t.assertRaises(ValueError, int, 'not a number')
with t.assertRaises(KeyError) as cm:
    {}['k']
print(type(cm.exception).__name__, cm.exception)
with t.assertRaises((TypeError, ValueError)) as cm:
    int('x')
print(type(cm.exception).__name__)
with t.assertRaisesRegex(ValueError, 'invalid literal'):
    int('y')
def quiet():
    return 1
for call in (lambda: t.assertRaises(ValueError, quiet),
             lambda: t.assertRaises(ValueError, lambda: None)):
    try:
        call()
    except AssertionError as e:
        print('AssertionError:', e)
try:
    with t.assertRaises(IndexError):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(IndexError, msg='should raise'):
        pass
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaisesRegex(ValueError, 'other text'):
        int('z')
except AssertionError as e:
    print('AssertionError:', e)
try:
    with t.assertRaises(KeyError):
        raise IndexError('not caught by the context')
except IndexError as e:
    print('passes through:', repr(e))
try:
    t.assertRaises(5)
except TypeError as e:
    print('TypeError:', e)

# expect: KeyError 'k'
# expect: ValueError
# expect: AssertionError: ValueError not raised by quiet
# expect: AssertionError: ValueError not raised by <lambda>
# expect: AssertionError: IndexError not raised
# expect: AssertionError: IndexError not raised : should raise
# expect: AssertionError: "other text" does not match "invalid literal for int() with base 10: 'z'"
# expect: passes through: IndexError('not caught by the context')
# expect: TypeError: assertRaises() arg 1 must be an exception type or tuple of exception types
