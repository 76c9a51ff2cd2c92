# Circular imports as CPython runs them: a module importing another that
# imports it back sees it partly made; attribute access at call time works;
# `from m import name` of a name not yet bound fails with CPython's
# "partially initialized module" ImportError, and the failed modules are
# not left in sys.modules.
import sys
import _ping
print(_ping.ping(3), _ping.ping(4), _ping._pong.EARLY, _ping.READY)
try:
    import _loop_a
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.index(' (/')] if ' (/' in msg else msg)
    print(msg.endswith('_loop_a.py)'))
print('_loop_a' in sys.modules, '_loop_b' in sys.modules)

# expect: pong ping False True
# expect: ImportError cannot import name 'VALUE' from partially initialized module '_loop_a' (most likely due to a circular import)
# expect: True
# expect: False False
