# funcName, lineno, module and filename point at the caller, through
# helper functions, methods and stacklevel=; an adapter adds a request id.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(module)s.%(funcName)s:%(lineno)d %(levelname)s %(message)s')
log = logging.getLogger(__name__)


def helper(msg):
    log.info('helper says %s', msg)
    log.info('attributed to my caller', stacklevel=2)


class Service:
    def handle(self, request):
        log.debug('handling %s', request)
        helper(request)
        return request.upper()


def main():
    print(Service().handle('ping'))
    logging.warning('module-level call')


main()
log.info('from the module body')
print(logging.getLogger(__name__).name)


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[req %s] %s' % (self.extra['id'], msg), kwargs


def serve(req_id):
    RequestAdapter(log, {'id': req_id}).warning('served')


serve(7)
r = logging.makeLogRecord({'name': 'x', 'levelno': 20, 'levelname': 'INFO', 'msg': 'hi %s', 'args': ('there',)})
print(r.getMessage(), r.lineno, r.funcName)

# expect: logging_caller_info.handle:18 DEBUG handling ping
# expect: logging_caller_info.helper:12 INFO helper says ping
# expect: logging_caller_info.handle:19 INFO attributed to my caller
# expect: PING
# expect: logging_caller_info.main:25 WARNING module-level call
# expect: logging_caller_info.<module>:29 INFO from the module body
# expect: __main__
# expect: logging_caller_info.serve:39 WARNING [req 7] served
# expect: hi there 0 None
