# No method body ever sees a foreign self: every method, slot dunder, class
# method and attribute descriptor of every built-in type that can be reached,
# entered with a receiver of every other type or with none, raises TypeError.
# A missing receiver check shows here as a crash or as a FAIL line.
#
# Nothing here names a method: types are found by walking builtins, the types
# of sample values and the library modules, and a type's descriptors are
# whatever its __dict__ holds, so a method added tomorrow is swept the day it
# exists. The same program runs under CPython, whose method descriptors check
# their receiver too.
#
# The counts go to stderr: CPython has more types and methods than gilsim, so
# only stdout is the same under both; the stderr line pins gilsim's numbers
# (update it when a built-in type gains or loses a method).
#
# `gilsim foreign_self.py START` (for tests/crashcount.py) makes the calls
# from number START on, printing each one's number first, so that a crash can
# be pinned on one call and the sweep resumed after it.
#
# expect: every call raised TypeError: True
# expect: built-in types swept >= 40: True
# expect: descriptors swept >= 350: True
# expect: calls >= 100000: True
# expect stderr: swept
import builtins
import sys

MODULES = ['builtins', 'sys', 'os', 'math', 'time', '_time', 'random', '_random', '_thread',
           'threading', 'queue', 'copy', 'gilsim', 'multiprocessing', '_multiprocessing',
           'concurrent', 'concurrent.futures', 'hashlib', '_hashlib', 'struct', '_struct',
           'binascii', '_binascii', 'base64', 'io']

LONG = 'A' * 64          # its bytes read as a pointer, should a check be missing


def import_all():
    mods = []
    for name in MODULES:
        try:
            m = __import__(name)
        except ImportError:
            continue
        for part in name.split('.')[1:]:
            m = getattr(m, part)
        mods.append(m)
    return mods


class Plain:
    def method(self):
        return self


class ListSub(list):
    pass


class DictSub(dict):
    pass


class ExcSub(ValueError):
    pass


class Seq:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i


def _closure():
    x = 1

    def inner():
        return x
    return inner


def _caught():
    try:
        raise KeyError('k')
    except KeyError as e:
        return e


def sample_values(mods):
    """Values of as many types as can be made: hand-picked common values, an
    instance of every builtins type that takes no arguments, and everything
    the modules hold. One per type, in a fixed order."""
    import _thread
    import threading
    import queue
    import random
    caught = _caught()
    inner = _closure()
    values = [
        None, True, 7, 10 ** 30, 1.5, LONG, (1, 2), [1, 2], {1: 2}, {1, 2},
        frozenset({1}), range(3), slice(1, 2), NotImplemented, Ellipsis, object(),
        int, Plain, Plain(), Plain().method, ListSub([1]), DictSub(a=1), ExcSub('e'),
        lambda: 0, len, [].append, sys, iter([1]), iter((1,)), iter('ab'), iter(range(3)),
        iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()), iter({1}),
        reversed([1]), enumerate([1]), zip([1]), map(len, []), filter(None, []),
        iter(len, 0), iter(Seq()), {}.keys(), {}.values(), {}.items(), (x for x in []),
        caught, caught.__traceback__, inner.__code__, inner.__closure__[0],
        property(), staticmethod(len), classmethod(len), super(int, 1),
        dict.__dict__['get'], dict.__dict__['fromkeys'], range.__dict__['start'],
        _thread.allocate_lock(), threading.RLock(), threading.Event(), threading.Condition(),
        threading.Semaphore(), queue.Queue(), random.Random(1), sys.stdout,
        b'ab', bytearray(b'ab'), iter(b'ab'), __import__('hashlib').md5(),
    ]
    for v in list(vars(builtins).values()):
        if isinstance(v, type):
            try:
                values.append(v())
            except Exception:
                pass
    for m in mods:
        for v in list(vars(m).values()):
            if not isinstance(v, type):
                values.append(v)
    for v in list(values):          # what a library object is made of
        d = getattr(v, '__dict__', None)
        if isinstance(d, dict) and not isinstance(v, type) and type(v) is not type(sys):
            values.extend(d.values())
    seen, out = set(), []
    for v in values:
        if type(v) not in seen:
            seen.add(type(v))
            out.append(v)
    return out


def reachable_types(mods, values):
    found, order = set(), []

    def add(t):
        if t not in found:
            found.add(t)
            order.append(t)
            for b in t.__mro__:
                add(b)
    for m in mods:
        for v in list(vars(m).values()):
            if isinstance(v, type):
                add(v)
    for v in values:
        add(type(v))
        if isinstance(v, type):
            add(v)
    for t in list(order):           # the types of the descriptors themselves
        for d in list(vars(t).values()):
            add(type(d))
    return order


# The kinds of built-in descriptor, by example (CPython has a type for each;
# gilsim's methods are builtin_function_or_method, its attributes getsets).
METHOD_DESCRS = (type(dict.__dict__['get']), type(list.__dict__['__init__']))
CLASS_DESCR = type(dict.__dict__['fromkeys'])
DATA_DESCRS = (type(range.__dict__['start']), type(type.__dict__['__name__']))


def descriptors(t):
    """t's own methods and attribute descriptors: (name, kind, descr), kind
    'method', 'class' or 'data'. A built-in descriptor names its type in
    __objclass__; Python functions, properties, static methods and methods
    borrowed from another type are not t's to sweep."""
    out = []
    for name, d in list(vars(t).items()):
        if getattr(d, '__objclass__', None) is not t:
            continue
        if type(d) is CLASS_DESCR:
            out.append((name, 'class', d))
        elif type(d) in METHOD_DESCRS:
            out.append((name, 'method', d))
        elif type(d) in DATA_DESCRS:
            out.append((name, 'data', d))
    return out


def _get(d, *args):
    return d.__get__(*args)


def _set(d, *args):
    return d.__set__(*args)


def _delete(d, *args):
    return d.__delete__(*args)


def _host(d):
    """A plain class carrying d under the name m: h.m(...) goes through the
    eval loop's method-call path, h.m through binding."""
    return type('Host', (), {'m': d})()


def _host_call0(d):
    return _host(d).m()


def _host_call1(d):
    return _host(d).m(1)


def _host_attr(d):
    return _host(d).m


def _host_set(d):
    _host(d).m = 1


def _host_del(d):
    del _host(d).m


def each_call(values, types, visit):
    """visit(label, function, args) for every call of the sweep."""
    for t in types:
        tn = t.__name__
        for name, kind, d in descriptors(t):
            where = tn + '.' + name
            has_get = hasattr(d, '__get__')
            foreign = [v for v in values if not issubclass(type(v), t)]
            if kind != 'data':                  # no receiver at all
                visit(where + '()', d, ())
            if has_get:
                visit(where + '.__get__(None)', _get, (d, None))
            if kind == 'method':
                for v in foreign:
                    vn = type(v).__name__
                    visit('%s(<%s>)' % (where, vn), d, (v,))
                    visit('%s(<%s>, 1)' % (where, vn), d, (v, 1))
                    visit('%s(<%s>, LONG, LONG)' % (where, vn), d, (v, LONG, LONG))
                    if has_get:
                        visit('%s.__get__(<%s>)' % (where, vn), _get, (d, v))
            elif kind == 'class':
                for v in values:
                    vn = type(v).__name__
                    if not (isinstance(v, type) and issubclass(v, t)):
                        visit('%s(<%s>)' % (where, vn), d, (v,))
                        visit('%s(<%s>, 1)' % (where, vn), d, (v, 1))
                        if has_get:
                            visit('%s.__get__(None, <%s>)' % (where, vn), _get, (d, None, v))
                    if has_get and not issubclass(type(v), t):
                        visit('%s.__get__(<%s>)' % (where, vn), _get, (d, v))
            else:
                for v in foreign:
                    vn = type(v).__name__
                    if has_get:
                        visit('%s.__get__(<%s>)' % (where, vn), _get, (d, v))
                    if hasattr(d, '__set__'):
                        visit('%s.__set__(<%s>, 1)' % (where, vn), _set, (d, v, 1))
                    if hasattr(d, '__delete__'):
                        visit('%s.__delete__(<%s>)' % (where, vn), _delete, (d, v))
            if t is object:
                continue        # a Host instance is an object: not foreign
            if kind == 'data':
                visit('Host(%s).m' % where, _host_attr, (d,))
                visit('Host(%s).m = 1' % where, _host_set, (d,))
                visit('del Host(%s).m' % where, _host_del, (d,))
            else:
                visit('Host(%s).m()' % where, _host_call0, (d,))
                visit('Host(%s).m(1)' % where, _host_call1, (d,))
                visit('Host(%s).m' % where, _host_attr, (d,))


def outcome(fn, args):
    """None if fn(*args) raised TypeError, else what it did instead."""
    try:
        fn(*args)
    except TypeError:
        return None
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)[:80]
    return 'no error'


def setup():
    mods = import_all()
    values = sample_values(mods)
    types = reachable_types(mods, values)
    return values, types


class Tally:
    """Makes each call; with a start number, from that call on and tracing."""

    def __init__(self, start):
        self.start = start
        self.calls = self.failures = 0

    def visit(self, label, fn, args):
        self.calls += 1
        if self.start is not None:
            if self.calls < self.start:
                return
            print('@%d %s' % (self.calls, label), flush=True)
        bad = outcome(fn, args)
        if bad is not None:
            self.failures += 1
            if self.failures <= 50 or self.start is not None:
                print('FAIL', label, '->', bad)


values, types = setup()
tally = Tally(int(sys.argv[1]) if len(sys.argv) > 1 else None)
ntypes = ndescr = 0
for t in types:
    d = descriptors(t)
    if d:
        ntypes += 1
        ndescr += len(d)
each_call(values, types, tally.visit)
if tally.start is not None:
    print('@end', flush=True)
print('every call raised TypeError:', tally.failures == 0)
print('built-in types swept >= 40:', ntypes >= 40)
print('descriptors swept >= 350:', ndescr >= 350)
print('calls >= 100000:', tally.calls >= 100000)
print('swept %d types, %d descriptors, %d calls' % (ntypes, ndescr, tally.calls), file=sys.stderr)
