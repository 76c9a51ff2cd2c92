# logging: Filter by logger name, callable filters, handler filters,
# LoggerAdapter (with and without process()), and extra= fields.
import logging
import sys

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.DEBUG)

h.addFilter(logging.Filter('net'))
logging.getLogger('net').info('net passes')
logging.getLogger('net.http').info('net.http passes')
logging.getLogger('network').info('network is not net: dropped')
logging.getLogger('db').info('db dropped')
h.removeFilter(h.filters[0])


def no_secrets(record):
    return 'password' not in record.getMessage()


root.addFilter(no_secrets)
logging.info('user logged in')
logging.info('password is hunter2')
logging.getLogger('child').info('password from a child: logger filters apply at its own logger only')
root.removeFilter(no_secrets)


class Sampled(logging.Filter):
    def filter(self, record):
        record.msg = record.msg + ' (sampled)'
        return record.args[0] % 2 == 0


h.addFilter(Sampled())
for i in range(4):
    logging.info('event %d', i)
h.filters.clear()

h.setFormatter(logging.Formatter('%(conn)s %(message)s'))
log = logging.getLogger('conn')
log.info('with extra', extra={'conn': 'c-17'})
adapter = logging.LoggerAdapter(log, {'conn': 'c-99'})
adapter.info('through the adapter')
adapter.debug('debug through the adapter')
print(adapter, adapter.name, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['tag'], msg), kwargs


h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
Tagged(log, {'tag': 'T1'}).warning('tagged %s', 'message')
for key in ('message', 'name'):
    try:
        log.info('clash', extra={key: 1})
    except KeyError as e:
        print('KeyError', e)

# expect: net INFO net passes
# expect: net.http INFO net.http passes
# expect: root INFO user logged in
# expect: child INFO password from a child: logger filters apply at its own logger only
# expect: root INFO event 0 (sampled)
# expect: root INFO event 2 (sampled)
# expect: c-17 with extra
# expect: c-99 through the adapter
# expect: c-99 debug through the adapter
# expect: <LoggerAdapter conn (DEBUG)> conn True 10
# expect: WARNING [T1] tagged message
# expect: KeyError "Attempt to overwrite 'message' in LogRecord"
# expect: KeyError "Attempt to overwrite 'name' in LogRecord"
