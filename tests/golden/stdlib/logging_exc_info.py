# logging: exception(), exc_info= (True, an exception, a tuple),
# stack_info=True, and a chained exception, formatted as CPython does.
import logging
import sys

# tracebacks name the script by its absolute path (CPython's too): write
# them without the directory, so that the expected lines do not depend on it
_DIR = __file__[:__file__.rfind('/') + 1]


class _Out:
    def write(self, s):
        return sys.stdout.write(s.replace(_DIR, ''))

    def flush(self):
        pass


logging.basicConfig(stream=_Out(), format='%(levelname)s %(funcName)s: %(message)s')
log = logging.getLogger('jobs')


def parse(text):
    if not text.isdigit():
        raise ValueError('not a number: %r' % text)


def load(text):
    try:
        parse(text)
    except ValueError as e:
        raise RuntimeError('cannot load %r' % text) from e


def run():
    try:
        load('x1')
    except RuntimeError:
        log.exception('job failed')


run()
try:
    raise KeyError('missing')
except KeyError as e:
    caught = e
    log.error('with exc_info=True', exc_info=True)
log.warning('later, from the exception object', exc_info=caught)
log.warning('from a tuple', exc_info=(type(caught), caught, caught.__traceback__))
log.info('not shown: below WARNING', exc_info=True)
log.warning('exc_info=True outside a handler', exc_info=True)


def deep():
    log.warning('where am I', stack_info=True)


def middle():
    deep()


middle()

# expect: ERROR run: job failed
# expect: Traceback (most recent call last):
# expect:   File "logging_exc_info.py", line 30, in load
# expect:     parse(text)
# expect:   File "logging_exc_info.py", line 25, in parse
# expect:     raise ValueError('not a number: %r' % text)
# expect: ValueError: not a number: 'x1'
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "logging_exc_info.py", line 37, in run
# expect:     load('x1')
# expect:   File "logging_exc_info.py", line 32, in load
# expect:     raise RuntimeError('cannot load %r' % text) from e
# expect: RuntimeError: cannot load 'x1'
# expect: ERROR <module>: with exc_info=True
# expect: Traceback (most recent call last):
# expect:   File "logging_exc_info.py", line 44, in <module>
# expect:     raise KeyError('missing')
# expect: KeyError: 'missing'
# expect: WARNING <module>: later, from the exception object
# expect: Traceback (most recent call last):
# expect:   File "logging_exc_info.py", line 44, in <module>
# expect:     raise KeyError('missing')
# expect: KeyError: 'missing'
# expect: WARNING <module>: from a tuple
# expect: Traceback (most recent call last):
# expect:   File "logging_exc_info.py", line 44, in <module>
# expect:     raise KeyError('missing')
# expect: KeyError: 'missing'
# expect: WARNING <module>: exc_info=True outside a handler
# expect: NoneType: None
# expect: WARNING deep: where am I
# expect: Stack (most recent call last):
# expect:   File "logging_exc_info.py", line 62, in <module>
# expect:     middle()
# expect:   File "logging_exc_info.py", line 59, in middle
# expect:     deep()
# expect:   File "logging_exc_info.py", line 55, in deep
# expect:     log.warning('where am I', stack_info=True)
