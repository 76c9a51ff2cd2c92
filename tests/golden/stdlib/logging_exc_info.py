# logging: exception(), exc_info= (True, an exception, a tuple),
# stack_info=True, and a chained exception, formatted as CPython does.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(funcName)s: %(message)s')
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
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 17, in load
# expect:     parse(text)
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 12, in parse
# expect:     raise ValueError('not a number: %r' % text)
# expect: ValueError: not a number: 'x1'
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 24, in run
# expect:     load('x1')
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 19, in load
# expect:     raise RuntimeError('cannot load %r' % text) from e
# expect: RuntimeError: cannot load 'x1'
# expect: ERROR <module>: with exc_info=True
# expect: Traceback (most recent call last):
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 31, in <module>
# expect:     raise KeyError('missing')
# expect: KeyError: 'missing'
# expect: WARNING <module>: later, from the exception object
# expect: Traceback (most recent call last):
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 31, in <module>
# expect:     raise KeyError('missing')
# expect: KeyError: 'missing'
# expect: WARNING <module>: from a tuple
# expect: Traceback (most recent call last):
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 31, in <module>
# expect:     raise KeyError('missing')
# expect: KeyError: 'missing'
# expect: WARNING <module>: exc_info=True outside a handler
# expect: NoneType: None
# expect: WARNING deep: where am I
# expect: Stack (most recent call last):
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 49, in <module>
# expect:     middle()
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 46, in middle
# expect:     deep()
# expect:   File "/work/wt/lib-mods/tests/golden/stdlib/logging_exc_info.py", line 42, in deep
# expect:     log.warning('where am I', stack_info=True)
