# __name__ and __doc__
def documented(a):
    """Returns a doubled."""
    return a * 2
print(documented.__name__)
print(documented.__doc__)
print(__name__)
def nodoc():
    return 1
print(nodoc.__doc__)
class K:
    """Class doc."""
    def method(self):
        pass
print(K.__name__, K.__doc__, K.method.__name__)

# expect: documented
# expect: Returns a doubled.
# expect: __main__
# expect: None
# expect: K Class doc. method
