# Replacing warnings.showwarning or formatwarning changes how warnings are
# shown; formatwarning's standard result is "FILE:LINE: Category: msg\n"
# plus the given source line.
import warnings

print(repr(warnings.formatwarning('text', UserWarning, 'prog.py', 12, 'x = 1')))
print(repr(warnings.formatwarning('text', DeprecationWarning, 'prog.py', 3, '   spaced   ')))

seen = []
def mine(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))
old = warnings.showwarning
warnings.showwarning = mine
warnings.warn('to my hook')
warnings.warn('also mine', FutureWarning)
warnings.showwarning = old
print(seen[0][:2], seen[1][:2], seen[1][2] - seen[0][2])

m = warnings.WarningMessage(UserWarning('w'), UserWarning, 'f.py', 7)
print(str(m))
print(issubclass(FutureWarning, Warning), issubclass(SyntaxWarning, Warning),
      issubclass(ResourceWarning, Warning), issubclass(BytesWarning, Warning),
      issubclass(ImportWarning, Warning), issubclass(UnicodeWarning, Warning),
      issubclass(EncodingWarning, Warning), issubclass(Warning, Exception))

# expect: 'prog.py:12: UserWarning: text\n  x = 1\n'
# expect: 'prog.py:3: DeprecationWarning: text\n  spaced\n'
# expect: ('to my hook', 'UserWarning') ('also mine', 'FutureWarning') 1
# expect: {message : UserWarning('w'), category : 'UserWarning', filename : 'f.py', lineno : 7, line : None}
# expect: True True True True True True True True
