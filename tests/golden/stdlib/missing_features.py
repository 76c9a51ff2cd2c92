# python3: skip (gilsim refuses these with NotImplementedError; CPython has them)
# What the library modules cannot do in gilsim says so, naming the feature.
import io
import logging
import string
import collections
import logging.handlers

for attempt in (lambda: logging.FileHandler('app.log'),
                lambda: logging.basicConfig(filename='app.log'),
                lambda: logging.captureWarnings(True),
                lambda: io.StringIO(newline=None),
                lambda: type('Custom', (string.Template,), {'idpattern': '[a-z]+'})('$x'),
                lambda: logging.handlers.RotatingFileHandler('app.log'),
                lambda: logging.handlers.SocketHandler('localhost', 9020)):
    try:
        attempt()
    except NotImplementedError as e:
        print('NotImplementedError:', e)
print(hasattr(collections, 'UserDict'))
# expect: NotImplementedError: logging.FileHandler: gilsim programs cannot open files
# expect: NotImplementedError: logging.basicConfig(filename=...): gilsim programs cannot open files
# expect: NotImplementedError: logging.captureWarnings: gilsim has no warnings module
# expect: NotImplementedError: io.StringIO(newline=None): only newline='\n' is supported by gilsim
# expect: NotImplementedError: string.Template with a custom idpattern, braceidpattern, flags or pattern (gilsim has no re module)
# expect: NotImplementedError: logging.handlers.RotatingFileHandler: gilsim programs cannot open files
# expect: NotImplementedError: logging.handlers.SocketHandler: gilsim programs cannot use the network
# expect: False
