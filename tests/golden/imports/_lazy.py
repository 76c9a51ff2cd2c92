# A helper with a module-level __getattr__ (PEP 562): names it lacks are
# made on demand.
eager = 'eager'


def __getattr__(name):
    if name.startswith('lazy_'):
        return name[5:].upper()
    raise AttributeError('module %r has no attribute %r' % (__name__, name))
