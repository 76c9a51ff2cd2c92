# A Filter that stamps each record with the current thread's request id,
# kept in threading.local(); threads run one after the other here.
import logging
import sys
import threading

context = threading.local()


class RequestFilter(logging.Filter):
    def filter(self, record):
        record.request = getattr(context, 'request', '-')
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(RequestFilter())
handler.setFormatter(logging.Formatter('%(threadName)s [%(request)s] %(message)s'))
log = logging.getLogger('web')
log.addHandler(handler)
log.setLevel(logging.INFO)


def handle(request_id, path):
    context.request = request_id
    log.info('GET %s', path)
    log.info('done')


log.info('before any request')
for i, path in enumerate(['/', '/about', '/api/items']):
    t = threading.Thread(target=handle, args=('req-%d' % i, path), name='handler-%d' % i)
    t.start()
    t.join()
log.info('main thread has no request: %r', getattr(context, 'request', None))

# expect: MainThread [-] before any request
# expect: handler-0 [req-0] GET /
# expect: handler-0 [req-0] done
# expect: handler-1 [req-1] GET /about
# expect: handler-1 [req-1] done
# expect: handler-2 [req-2] GET /api/items
# expect: handler-2 [req-2] done
# expect: MainThread [-] main thread has no request: None
