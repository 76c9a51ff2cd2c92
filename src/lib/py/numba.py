"""numba (simulated): a teaching stand-in for Numba 0.56's JIT, not Numba itself.

gilsim has no Numba and compiles nothing. A jitted function runs as the
Python function it decorates, so its values are exactly what that function
computes in gilsim; only its cost is Numba's. The body runs in the
interpreter with the cost accounting suspended (no virtual time passes, no
thread switch happens inside it), and what it would have cost is then
charged as native code: the interpreted cost divided by a speed-up measured
with the real Numba on the machine that set the model
(tests/calibrate/numba-costs.py, figures in numba-costs.txt there), plus the
numpy kernels it met at their own calibrated cost.

Covered: njit and jit (decorator with or without arguments, nopython,
nogil, parallel, cache, fastmath, error_model, boundscheck and the other
target options; an eager signature string), the dispatcher's py_func,
signatures, __name__ and calls with keywords; prange; set_num_threads,
get_num_threads, get_thread_id, config.NUMBA_NUM_THREADS (= --cores); typeof for int,
float, bool, str, None, tuples, lists and the simulated numpy's
arrays; numba.core.errors.TypingError for argument types Numba cannot type;
numba.cuda (see that module).

The cost model (calibration figures in numba-costs.txt):
  - the first call for a new argument type signature compiles: the thread
    holds the GIL for the compile time (_COMPILE_FIRST_S for the first
    compilation in a process, _COMPILE_S after), marked on the timeline;
  - a call runs the body's interpreted cost / _SPEEDUP as native code: with
    nogil=True the GIL is released meanwhile (other threads run Python, and
    several such calls run in parallel on --cores); without it the GIL is
    held throughout, as Numba's compiled code does;
  - parallel=True: each prange loop is cut into get_num_threads()
    contiguous blocks of iterations, the first ones one longer when they do
    not divide evenly (Numba's static schedule, get_thread_id); the calling
    thread runs the first block and native worker lanes (numba-worker-N on
    the timeline, one core each) the others, then the caller waits for them
    (with the GIL held unless nogil=True). The numpy array expressions of a
    parallel function count as one more such region, split evenly.

Differences, by design:
  - The body is not type-checked: code that Numba would refuse in nopython
    mode (calling arbitrary Python objects, raising with non-constant
    arguments, ...) runs here as Python. TypingError is raised only for
    argument types that Numba cannot type; its message is Numba's without
    the source excerpt.
  - Results are the Python function's: a parallel float reduction, which
    Numba adds up in another order, may differ from Numba in the last bits.
  - cache=True keeps nothing between runs (gilsim writes no files): each run
    compiles again.
  - On the real backend there are no worker lanes: a parallel region runs
    on the calling thread.
  - Anything else (vectorize, guvectorize, stencil, jitclass, cfunc,
    objmode, typed containers, generated_jit) raises NotImplementedError
    naming it.
"""

import gilsim as _gilsim
import _numba as _k
import os as _os
import threading as _threading

__version__ = '0.56.4'

# numba-costs.txt: sum_sqrt 35.7x, int_loop 41.4x, monte_carlo_pi 13.4x
# (bound by random.random()), array_loop 531x (CPython's numpy indexing is
# slow; gilsim's simulated numpy indexing is slower still); the model takes
# the scalar loops' figure.
_SPEEDUP = 40.0
# first call less a later one: 245 ms for the first function of a process
# (Numba initialises its compiler), 66-89 ms for the next ones
_COMPILE_FIRST_S = 0.245
_COMPILE_S = 0.08
# entering and leaving a parallel region (waking the workers, joining them)
_REGION_NS = 20000

_TARGET_OPTIONS = ('_dbg_extend_lifetimes', '_dbg_optnone', '_nrt', 'boundscheck', 'debug',
                   'error_model', 'fastmath', 'forceinline', 'forceobj', 'inline', 'looplift',
                   'no_cfunc_wrapper', 'no_cpython_wrapper', 'no_rewrites', 'nogil', 'nopython',
                   'parallel', 'target_backend')
_DISPATCHER_OPTIONS = ('cache', 'locals', 'pipeline_class')


from numba.core.errors import TypingError, NumbaError
import numba.core.errors     # numba.core.errors, as Numba's own import leaves it
del numba


class _Config:
    """numba.config: the thread count follows --cores."""

    def __init__(self):
        self.NUMBA_DEFAULT_NUM_THREADS = _os.cpu_count()
        self.NUMBA_NUM_THREADS = self.NUMBA_DEFAULT_NUM_THREADS
        self.THREADING_LAYER = 'workqueue'
        self.DISABLE_JIT = False


config = _Config()

# ---- threads ----

_num_threads = {}        # thread ident -> set_num_threads (Numba's is thread-local)


def set_num_threads(n):
    if not isinstance(n, int):
        raise TypeError('The number of threads specified must be an integer')
    if not 1 <= n <= config.NUMBA_NUM_THREADS:
        raise ValueError('The number of threads must be between 1 and %d' % config.NUMBA_NUM_THREADS)
    _num_threads[_threading.get_ident()] = n


def get_num_threads():
    return _num_threads.get(_threading.get_ident(), config.NUMBA_NUM_THREADS)


def get_thread_id():
    """Inside a parallel loop: the number of the thread whose block of
    iterations this is (0 is the calling thread); 0 elsewhere."""
    rec = _recording
    return rec.state[0] if rec is not None else 0


_workers = []            # lane ids: numba-worker-1, -2, ...


def _worker_lanes(n):
    """n worker lanes (fewer on the real backend: none)."""
    while len(_workers) < n:
        lane = _k.lane('numba-worker-%d' % (len(_workers) + 1), True)
        if lane is None:
            return []
        _workers.append(lane)
    return _workers[:n]


# ---- typing ----

class _Type:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name

    __str__ = __repr__

    def __eq__(self, other):
        return isinstance(other, _Type) and other._name == self._name

    def __hash__(self):
        return hash(self._name)


def _np():
    import numpy
    return numpy


def _type_name(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, int):
        return 'int64'
    if isinstance(x, float):
        return 'float64'
    if isinstance(x, str):
        return 'unicode_type'
    if x is None:
        return 'none'
    if isinstance(x, tuple):
        names = [_type_name(v) for v in x]
        if None in names:
            return None
        if not names:
            return 'Tuple()'
        if all(n == names[0] for n in names):
            return 'UniTuple(%s x %d)' % (names[0], len(names))
        return 'Tuple(%s)' % ', '.join(names)
    if isinstance(x, list):
        if not x:
            return None
        n = _type_name(x[0])
        if n is None or any(_type_name(v) != n for v in x):
            return None
        return 'reflected list(%s)<iv=None>' % n
    if isinstance(x, CPUDispatcher):
        return 'type(%r)' % x
    if hasattr(type(x), '_numba_type'):     # numba.cuda's device arrays
        return x._numba_type()
    np = _np()
    if isinstance(x, np.ndarray):
        return 'array(%s, %dd, %s)' % (x.dtype.name, x.ndim, 'C' if x._contiguous() else 'A')
    return None


def typeof(x):
    n = _type_name(x)
    if n is None:
        raise ValueError("cannot determine Numba type of %r" % (type(x),))
    return _Type(n)


def _typing_error(func, bad):
    lines = ['Failed in nopython mode pipeline (step: nopython frontend)',
             'non-precise type pyobject',
             'During: typing of argument at %s (%d)' % (func.__code__.co_filename,
                                                        func.__code__.co_firstlineno),
             '',
             'This error may have been caused by the following argument(s):']
    for i, x in bad:
        lines.append('- argument %d: Cannot determine Numba type of %r' % (i, type(x)))
    return TypingError('\n'.join(lines) + '\n')


# ---- prange: the iterations of a parallel loop, recorded ----

class _Recorder:
    def __init__(self):
        self.regions = []    # per prange loop: meter readings, start and each iteration's end
        self.state = [0, 0]  # the current iteration's thread; a recorded loop is running


_recording = None         # the _Recorder of the parallel function being run


def _block_start(n, nthreads, j):
    """Where block j of n iterations starts: Numba gives the first n %
    nthreads blocks one iteration more."""
    q, r = divmod(n, nthreads)
    return j * q + (j if j < r else r)


def prange(*args):
    """range, whose iterations a parallel=True function spreads over threads."""
    r = range(*args)
    rec = _recording
    if rec is None or rec.state[1] or not _k.metering():
        return r
    marks = [_k.reading()]
    rec.regions.append(marks)
    rec.state[1] = 1
    return _k.recorder(r.start, r.step, len(r), get_num_threads(), marks, rec.state)


# ---- the dispatcher ----

_compiled_any = [False]


def _charge_compile(label):
    _gilsim.mark('numba: compile ' + label)
    first = not _compiled_any[0]
    _compiled_any[0] = True
    _gilsim.cpu(_COMPILE_FIRST_S if first else _COMPILE_S)


def _wait_lanes(lanes, until, nogil):
    """The caller waits for the workers' blocks, which end at `until`:
    blocked, or holding the GIL (Numba's join spins)."""
    if nogil:
        for lane in lanes:
            _k.wait_lane(lane)
        return
    rest = until - _gilsim.now()
    if rest > 0:
        _gilsim.cpu(rest)


def _run_parallel(total, rec, native, nogil):
    """Charge a parallel function's cost: serial parts on the caller, each
    region's blocks on the caller and the worker lanes."""
    nthreads = get_num_threads()
    regions = []
    for marks in rec.regions:
        n = len(marks) - 1
        if n <= 0:
            continue
        bounds = [marks[_block_start(n, nthreads, j)] for j in range(nthreads + 1)]
        regions.append((marks[0], [bounds[j + 1] - bounds[j] for j in range(nthreads)]))
    if native > 0:
        share = native // nthreads
        regions.append((total - native, [native - share * (nthreads - 1)] + [share] * (nthreads - 1)))
    at = 0
    for start, blocks in regions:
        serial = start - at
        if serial > 0:
            _gilsim.cpu(serial * 1e-9, release_gil=nogil)
        lanes = _worker_lanes(nthreads - 1)
        if not lanes:
            _gilsim.cpu((sum(blocks) + _REGION_NS) * 1e-9, release_gil=nogil)
        else:
            until = 0.0
            for lane, ns in zip(lanes, blocks[1:]):
                until = _k.submit(lane, ns + _REGION_NS)
            _gilsim.cpu((blocks[0] + _REGION_NS) * 1e-9, release_gil=nogil)
            _wait_lanes(lanes, until, nogil)
        at = start + sum(blocks)
    if total - at > 0:
        _gilsim.cpu((total - at) * 1e-9, release_gil=nogil)


_ZERO_DIVISION = {'integer division or modulo by zero': 'integer division by zero',
                  'float division by zero': 'division by zero',
                  'float floor division by zero': 'division by zero',
                  'float modulo': 'modulo by zero'}


class CPUDispatcher:
    """A function compiled (here: simulated) by numba.njit / numba.jit."""

    def __init__(self, py_func, options, signature=None):
        self.py_func = py_func
        self.targetoptions = options
        self.__name__ = py_func.__name__
        self.__qualname__ = getattr(py_func, '__qualname__', py_func.__name__)
        self.__doc__ = py_func.__doc__
        self.__module__ = py_func.__module__
        self.__wrapped__ = py_func
        self._sigs = []
        self._eager = signature
        if signature is not None:
            self._check_options()
            arg_part = signature[signature.index('(') + 1:signature.rindex(')')] if '(' in signature else signature
            types = tuple(_Type(s.strip()) for s in arg_part.split(',') if s.strip())
            self._sigs.append(types)
            _charge_compile('%s%s' % (self.__name__, _sig_str(types)))

    def __repr__(self):
        return 'CPUDispatcher(%r)' % (self.py_func,)

    def __get__(self, obj, objtype=None):
        return self

    @property
    def signatures(self):
        return list(self._sigs)

    def _check_options(self):
        bad = [k for k in self.targetoptions if k not in _TARGET_OPTIONS]
        if bad:
            raise KeyError('Unrecognized options: {%s}. Known options are dict_keys([%s])'
                           % (', '.join(repr(k) for k in bad), ', '.join(repr(k) for k in _TARGET_OPTIONS)))

    def _signature(self, args, kwargs):
        values = list(args) + list(kwargs.values())
        names = [_type_name(v) for v in values]
        bad = [(i, v) for i, (n, v) in enumerate(zip(names, values)) if n is None]
        if bad:
            raise _typing_error(self.py_func, bad)
        return tuple(_Type(n) for n in names)

    def __call__(self, *args, **kwargs):
        if _k.metering():
            # called from another jitted function: compiled with it, run inline
            return self.py_func(*args, **kwargs)
        self._check_options()
        sig = self._signature(args, kwargs)
        if sig not in self._sigs:
            if self._eager is not None:
                raise TypeError('No matching definition for argument type(s) %s'
                                % ', '.join(str(t) for t in sig))
            self._sigs.append(sig)
            _charge_compile('%s%s' % (self.__name__, _sig_str(sig)))
        opts = self.targetoptions
        nogil = bool(opts.get('nogil', False))
        parallel = bool(opts.get('parallel', False))
        global _recording
        rec = _Recorder() if parallel else None
        saved, _recording = _recording, rec
        try:
            result, cost, native = _k.run(lambda: self.py_func(*args, **kwargs), _SPEEDUP, nogil)
        except ZeroDivisionError as e:
            # Numba's compiled code words these its own way
            msg = _ZERO_DIVISION.get(str(e))
            if msg is None:
                raise
            raise ZeroDivisionError(msg) from None
        finally:
            _recording = saved
        if parallel:
            _run_parallel(cost, rec, native, nogil)
        elif cost > 0:
            _gilsim.cpu(cost * 1e-9, release_gil=nogil)
        return result


def _sig_str(sig):
    return '(' + ', '.join(str(t) for t in sig) + (',)' if len(sig) == 1 else ')')


def _decorate(args, kwargs, nopython):
    options = dict(kwargs)
    options.pop('cache', None)     # nothing is kept between runs
    options.pop('locals', None)
    if nopython:
        options['nopython'] = True
    if args and callable(args[0]) and not isinstance(args[0], str):
        if len(args) > 1:
            raise TypeError('jit() takes one positional argument, a function or a signature')
        return CPUDispatcher(args[0], options)
    signature = None
    if args:
        if len(args) > 1 or not isinstance(args[0], str):
            if isinstance(args[0], (list, tuple)):
                raise NotImplementedError('numba (simulated): a list of signatures (one string only)')
            raise TypeError('jit() signature must be a string')
        signature = args[0]
        if 'target' in options:
            options.pop('target')

    def wrapper(func):
        if isinstance(func, CPUDispatcher):
            func = func.py_func
        return CPUDispatcher(func, options, signature)
    return wrapper


def njit(*args, **kwargs):
    """Compile in nopython mode (simulated: see the module's docstring)."""
    if 'nopython' in kwargs:
        import warnings
        warnings.warn('nopython is set for njit and is ignored', RuntimeWarning)
        kwargs = dict(kwargs)
        del kwargs['nopython']
    return _decorate(args, kwargs, True)


def jit(*args, **kwargs):
    """Compile (simulated: see the module's docstring); nopython=True as njit."""
    if kwargs.get('forceobj'):
        raise NotImplementedError('numba (simulated): object mode (forceobj=True)')
    return _decorate(args, kwargs, False)


def _missing(name):
    def refuse(*args, **kwargs):
        raise NotImplementedError('numba (simulated): %s' % name)
    refuse.__name__ = name
    return refuse


vectorize = _missing('vectorize')
guvectorize = _missing('guvectorize')
stencil = _missing('stencil')
jitclass = _missing('jitclass')
cfunc = _missing('cfunc')
generated_jit = _missing('generated_jit')
objmode = _missing('objmode')

int64 = _Type('int64')
float64 = _Type('float64')
boolean = _Type('bool')
int32 = _Type('int32')
float32 = _Type('float32')
