# Exception subclasses: extra attributes from __init__ with
# super().__init__(message), repr and str as CPython, except clauses match
# the hierarchy, args reflect what reached BaseException.__init__.
class HttpError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, 'not found: ' + path)
        self.path = path


try:
    raise NotFound('/index')
except HttpError as e:
    print(type(e).__name__, e, repr(e), e.code, e.path, e.args)


class Invalid(ValueError):
    pass


print(repr(Invalid('x')), str(Invalid('a', 'b')), str(Invalid()), isinstance(Invalid(), ValueError))
try:
    int('zz')
except Invalid:
    print('not reached')
except ValueError as e:
    print('plain ValueError:', e)


class WithStr(Exception):
    def __str__(self):
        return 'custom text'


print(WithStr('ignored'), repr(WithStr('kept')))
try:
    try:
        raise Invalid('inner')
    except Invalid as e:
        raise HttpError(500, 'outer') from e
except HttpError as e:
    print(e, '<-', repr(e.__cause__))
# expect: NotFound not found: /index NotFound('not found: /index') 404 /index ('not found: /index',)
# expect: Invalid('x') ('a', 'b')  True
# expect: plain ValueError: invalid literal for int() with base 10: 'zz'
# expect: custom text WithStr('kept')
# expect: outer <- Invalid('inner')
