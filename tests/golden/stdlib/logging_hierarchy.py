# logging: the logger tree (placeholders, parents fixed up later),
# propagation through handlers at several levels, effective levels, reprs.
import logging
import sys


def handler(tag):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(tag + ' %(name)s %(levelname)s %(message)s'))
    return h


deep = logging.getLogger('app.db.pool')          # app and app.db are placeholders
print(deep.parent is logging.root, type(logging.Logger.manager.loggerDict['app.db']).__name__)
app = logging.getLogger('app')
print(deep.parent is app)                       # fixed up when app was made
db = logging.getLogger('app.db')
print(deep.parent is db, db.parent is app, app.parent is logging.root)
print(app.getChild('db') is db, logging.getLogger('app.db.pool') is deep)

logging.root.addHandler(handler('[root]'))
app.addHandler(handler('[app]'))
app.setLevel(logging.DEBUG)
deep.debug('debug from the pool')              # app and root handlers
db.propagate = False
db.addHandler(handler('[db]'))
deep.info('stops at db')
db.propagate = True
deep.warning('goes all the way')

app_h = app.handlers[0]
app_h.setLevel(logging.ERROR)
deep.warning('app handler skips WARNING')
deep.error('app handler takes ERROR')
app.removeHandler(app_h)
deep.error('after removeHandler')

print(app, db, deep, logging.root)
print(logging.getLogger('other').getEffectiveLevel(), deep.getEffectiveLevel())
print(app_h, logging.root.handlers, logging.NullHandler())
print(logging.getLogger('solo').hasHandlers(), db.hasHandlers())
quiet = logging.getLogger('quiet')
quiet.propagate = False
print(quiet.hasHandlers())
quiet.addHandler(logging.NullHandler())
quiet.error('swallowed by NullHandler')
print(sorted(n for n in logging.Logger.manager.loggerDict))
app.disabled = True
deep.critical('app disabled does not stop propagation from below')
app.critical('but app itself is silent')

# expect: True PlaceHolder
# expect: True
# expect: True True True
# expect: True True
# expect: [app] app.db.pool DEBUG debug from the pool
# expect: [root] app.db.pool DEBUG debug from the pool
# expect: [db] app.db.pool INFO stops at db
# expect: [db] app.db.pool WARNING goes all the way
# expect: [app] app.db.pool WARNING goes all the way
# expect: [root] app.db.pool WARNING goes all the way
# expect: [db] app.db.pool WARNING app handler skips WARNING
# expect: [root] app.db.pool WARNING app handler skips WARNING
# expect: [db] app.db.pool ERROR app handler takes ERROR
# expect: [app] app.db.pool ERROR app handler takes ERROR
# expect: [root] app.db.pool ERROR app handler takes ERROR
# expect: [db] app.db.pool ERROR after removeHandler
# expect: [root] app.db.pool ERROR after removeHandler
# expect: <Logger app (DEBUG)> <Logger app.db (DEBUG)> <Logger app.db.pool (DEBUG)> <RootLogger root (WARNING)>
# expect: 30 10
# expect: <StreamHandler <stdout> (ERROR)> [<StreamHandler <stdout> (NOTSET)>] <NullHandler (NOTSET)>
# expect: True True
# expect: False
# expect: ['app', 'app.db', 'app.db.pool', 'other', 'quiet', 'solo']
# expect: [db] app.db.pool CRITICAL app disabled does not stop propagation from below
# expect: [root] app.db.pool CRITICAL app disabled does not stop propagation from below
