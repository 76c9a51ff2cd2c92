"""ray (simulated): Ray Core's tasks, actors and object store, on simulated processes.

A simulation of Ray Core (the `ray` package is not installed and not
needed): the API a first Ray program uses, run on gilsim's simulated
processes (see multiprocessing), so that its tasks really run in parallel
on the timeline, each worker under its own interpreter and GIL.

What runs where. ray.init(num_cpus=N) sets up a one-node "cluster" of N
CPUs (default: os.cpu_count(), that is --cores). The first task starts
ceil(N) worker processes, named ray::worker-1..N (forked from the driver
as it is then, the way multiprocessing's fork does; ray starts its pool at
init, gilsim at the first task, so that helpers defined after ray.init are
there). Workers take tasks from one shared queue, in submission order: a
task waits in the queue while every worker is busy, and in a worker until
num_cpus CPUs are free (its num_cpus, default 1, fractions allowed). Each
actor is a process of its own, ray::ClassName, forked when .remote()
creates it; it holds num_cpus CPUs (default 0, as in Ray) while it lives
and runs its method calls one at a time, in the order they were made, on
its own instance: the actor's state stays in its process.

The object store. Every ObjectRef is a slot shared by all the processes.
What crosses between processes is serialised as pickle would (functions by
value, as cloudpickle does for a task's function), and costs virtual time
per byte on both sides: a task's arguments (in the driver, and again in
the worker), its result (in the worker, and again in whichever process
calls ray.get; each ray.get makes a fresh copy, as Ray does for anything
but numpy arrays, which Ray reads in place and gilsim copies too),
ray.put's value, at multiprocessing's pickling rate. An ObjectRef passed as an argument is
replaced by its value before the task runs (the worker waits for it); one
nested in a list or dict stays a reference, which ray.get resolves inside
the task. Costs besides the bytes (assumptions of the order of Ray's
published microbenchmarks, not measured here, where Ray is absent):
submitting a task or an actor call costs the caller 100 us, running one
costs its worker 50 us, with the GIL held; starting a worker costs what a
multiprocessing child costs.

Output. What a task or an actor prints goes to the driver's stdout, each
line prefixed with "(name pid=N) " as Ray prints it (pids are the
simulated ones).

Errors. An exception in a task or an actor method is stored in its result;
ray.get raises ray.exceptions.RayTaskError carrying the original traceback
text ("ray::f() (pid=N, ip=127.0.0.1)" and then the frames of the task),
an instance of the exception's class too when that class can be
subclassed (e.g. RayTaskError(ZeroDivisionError)), with the original as
.cause (a SystemExit in a task fails the task; its worker goes on). A
task whose argument failed fails the same way ("At least one of
the input arguments for this task could not be computed"). An actor whose
__init__ failed, or that ray.kill ended, answers every call with
ray.exceptions.ActorDiedError. ray.get(..., timeout=) raises
ray.exceptions.GetTimeoutError.

Covered: init (num_cpus, num_gpus=0, ignore_reinit_error, address=None or
'local', include_dashboard, log_to_driver, logging_level, namespace),
is_initialized, shutdown, remote (functions and classes, bare or with
options), .remote(), .options(...), get (one ref or a list, timeout=), wait
(num_returns=, timeout=, fetch_local=), put, kill, cluster_resources,
available_resources, ObjectRef (hex(), repr as Ray's), actor handles
(passed to tasks, called from them), method.options(num_returns=).
Options: num_cpus, num_returns, name, max_retries (accepted: a simulated
worker never crashes, so there is nothing to retry), max_restarts and
max_task_retries (likewise). Refused with NotImplementedError naming what
is missing: GPUs and custom resources, submitting tasks or creating actors
from inside a task or actor (nested tasks), ray.wait inside a task,
retry_exceptions, runtime_env, clusters (address=...), named and detached
actors (ray.get_actor), async actors and max_concurrency > 1, ray.cancel,
ObjectRef.future() and await, placement groups, ray.util, ray.data,
ray.train, ray.tune, ray.serve.
"""

import sys
import os
import math as _math
import atexit as _atexit
import traceback as _traceback
import multiprocessing as _mpp
import _multiprocessing as _mp
import gilsim as _gilsim

__all__ = ['init', 'is_initialized', 'shutdown', 'remote', 'get', 'wait', 'put',
           'kill', 'cluster_resources', 'available_resources', 'ObjectRef',
           'exceptions']

__version__ = '2.9.3'

# ray.exceptions (a module of its own in Ray) resolves to this module, and
# so do the modules Ray's classes name as theirs (for pickling).
exceptions = sys.modules[__name__]
for _sub in ('exceptions', 'actor', 'remote_function'):
    sys.modules['ray.' + _sub] = exceptions

_SUBMIT_S = 100e-6      # the caller's cost of a task or an actor call
_EXECUTE_S = 50e-6      # the worker's own cost of running one
_IP = '127.0.0.1'


def _missing(what):
    raise NotImplementedError('ray (simulated by gilsim): %s is not simulated' % what)


# ---- exceptions ----

class RayError(Exception):
    """Super class of all ray exception types."""
    __module__ = 'ray.exceptions'


class RayTaskError(RayError):
    """Indicates that a task threw an exception during execution."""
    __module__ = 'ray.exceptions'

    def __init__(self, function_name, traceback_str, cause, proctitle=None, pid=None,
                 ip=None, actor_repr=None, actor_id=None):
        self.function_name = function_name
        self.traceback_str = traceback_str
        self.cause = cause
        self.proctitle = proctitle
        self.pid = pid
        self.ip = ip
        self.actor_repr = actor_repr
        self.actor_id = actor_id
        RayError.__init__(self, traceback_str)

    def __str__(self):
        return self.traceback_str

    def as_instanceof_cause(self):
        """This error as an instance of RayTaskError and of its cause's class."""
        cause_cls = type(self.cause) if self.cause is not None else None
        if cause_cls is None or issubclass(RayTaskError, cause_cls):
            return self
        name = 'RayTaskError(%s)' % cause_cls.__name__
        try:
            dual = type(name, (RayTaskError, cause_cls),
                        {'__module__': 'ray.exceptions', '__qualname__': name,
                         '__init__': RayTaskError.__init__, '__str__': RayTaskError.__str__})
            err = BaseException.__new__(dual)
        except TypeError:
            return self
        RayTaskError.__init__(err, self.function_name, self.traceback_str, self.cause,
                              self.proctitle, self.pid, self.ip, self.actor_repr, self.actor_id)
        return err


class RayActorError(RayError):
    """Indicates that the actor died unexpectedly before finishing a task."""
    __module__ = 'ray.exceptions'

    def __init__(self, error_msg='The actor died unexpectedly before finishing this task.'):
        self.error_msg = error_msg
        RayError.__init__(self, error_msg)

    def __str__(self):
        return self.error_msg


class ActorDiedError(RayActorError):
    """Indicates that the actor died unexpectedly before finishing a task."""
    __module__ = 'ray.exceptions'


class GetTimeoutError(RayError, TimeoutError):
    """Indicates that a call to the worker timed out."""
    __module__ = 'ray.exceptions'


class _Failure(object):
    """What a failed task stores in its results (crosses to the driver)."""

    def __init__(self, kind, function_name, text, cause, pid):
        self.kind = kind            # 'task' or 'actor'
        self.function_name = function_name
        self.text = text
        self.cause = cause
        self.pid = pid

    def error(self):
        if self.kind == 'actor':
            return ActorDiedError(self.text)
        e = RayTaskError(self.function_name, self.text, self.cause, 'ray::' + self.function_name,
                         self.pid, _IP)
        return e.as_instanceof_cause()


def _header(function_name):
    return 'ray::%s() (pid=%d, ip=%s)' % (function_name, os.getpid(), _IP)


def _failure_of(e, function_name):
    """A _Failure for exception e raised by the task's own code: its
    traceback from the task's frame down (ray's frames left out)."""
    lines = _traceback.format_exception(type(e), e, e.__traceback__)[1:]
    own = '  File "%s"' % _failure_of.__code__.co_filename
    text = _header(function_name) + '\n' + ''.join(
        l for l in lines if not l.startswith(own)).rstrip('\n')
    return _Failure('task', function_name, text, e, os.getpid())


# ---- the runtime ----

def _mix(n):
    """splitmix64: n as 64 random-looking bits (deterministic ids)."""
    z = (n * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E5BB) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return z ^ (z >> 31)


_JOB = '01000000'
_NIL_ACTOR = 'f' * 24 + _JOB
_ids = [0]


def _unique_hex(nbytes):
    _ids[0] += 1
    x = _mix(_ids[0] * 65537 + os.getpid())
    s = ''
    while len(s) < 2 * nbytes:
        s += '%016x' % x
        x = _mix(x)
    return s[:2 * nbytes]


def _index_hex(i):
    return ''.join('%02x' % ((i >> (8 * k)) & 0xFF) for k in range(4))


class _Shared(object):
    """The channels every process of the cluster shares."""

    def __init__(self, num_cpus):
        self.num_cpus = num_cpus
        self.tasks = _mp.Channel('ray: waiting for a task')
        self.cpu_free = _mp.Channel('ray: CPU accounting')
        self.cpu_free.put(float(num_cpus))
        self.cpu_turn = _mp.Channel('ray: waiting for CPUs')
        self.cpu_turn.put(None)
        self.cpu_released = _mp.Channel('ray: waiting for CPUs')
        self.done = _mp.Channel('ray.wait')


def _acquire_cpus(sh, k):
    if k <= 0:
        return
    sh.cpu_turn.get()               # one task at a time takes its CPUs, in order
    try:
        while True:
            ok, free = sh.cpu_free.get()
            if free >= k - 1e-9:
                sh.cpu_free.put(free - k)
                return
            sh.cpu_free.put(free)
            sh.cpu_released.get()
    finally:
        sh.cpu_turn.put(None)


def _release_cpus(sh, k):
    if k <= 0:
        return
    ok, free = sh.cpu_free.get()
    sh.cpu_free.put(free + k)
    if sh.cpu_turn.qsize() == 0:    # someone waits for CPUs: wake it
        sh.cpu_released.put(None)


class _Runtime(object):
    """The driver's view of the cluster."""

    def __init__(self, num_cpus):
        self.shared = _Shared(num_cpus)
        self.num_cpus = num_cpus
        self.workers = []
        self.actors = []
        self.actor_info = {}        # actor id -> its process, calls not answered, dead
        self.waiters = 0
        self.outstanding = []       # (first result, num_cpus) of the tasks submitted


_runtime = [None]
_worker = [None]     # in a worker or an actor process: (kind, name)


class RayContext(object):
    """What ray.init returns."""

    def __init__(self, num_cpus):
        self.address_info = {'node_ip_address': _IP, 'num_cpus': num_cpus}
        self.dashboard_url = None
        self.python_version = '%d.%d.%d' % sys.version_info[:3]
        self.ray_version = __version__

    def __repr__(self):
        return 'RayContext(dashboard_url=%r, python_version=%r, ray_version=%r, ' \
               'ray_commit=None)' % ('', self.python_version, self.ray_version)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        shutdown()


def init(address=None, *, num_cpus=None, num_gpus=None, resources=None,
         object_store_memory=None, local_mode=False, ignore_reinit_error=False,
         include_dashboard=None, dashboard_host='127.0.0.1', dashboard_port=None,
         job_config=None, configure_logging=True, logging_level='info',
         logging_format=None, log_to_driver=True, namespace=None, runtime_env=None,
         storage=None, **kwargs):
    """Connect to a new local, simulated, Ray cluster of num_cpus CPUs."""
    for k in kwargs:
        if not k.startswith('_'):
            raise RuntimeError('Unknown keyword argument(s): %s' % k)
    if _worker[0] is not None:
        _missing('ray.init inside a task or actor')
    if _runtime[0] is not None:
        if ignore_reinit_error:
            return RayContext(_runtime[0].num_cpus)
        raise RuntimeError("Maybe you called ray.init twice by accident? This error can be "
                           "suppressed by passing in 'ignore_reinit_error=True' or by calling "
                           "'ray.shutdown()' prior to 'ray.init()'.")
    if address not in (None, 'local'):
        _missing('connecting to a cluster (address=%r)' % (address,))
    if num_gpus:
        _missing('GPUs (num_gpus=%r)' % (num_gpus,))
    if resources:
        _missing('custom resources')
    if runtime_env:
        _missing('runtime_env')
    if local_mode:
        _missing('local_mode')
    if num_cpus is None:
        num_cpus = os.cpu_count()
    if isinstance(num_cpus, bool) or not isinstance(num_cpus, (int, float)) or num_cpus < 0:
        raise ValueError('num_cpus must be a non-negative number, got %r' % (num_cpus,))
    _runtime[0] = _Runtime(num_cpus)
    return RayContext(num_cpus)


def is_initialized():
    """Whether ray.init has been called (and not ray.shutdown since)."""
    return _runtime[0] is not None


def _rt():
    if _worker[0] is not None:
        _missing('submitting tasks or creating actors from inside a task or actor '
                 '(nested tasks)')
    if _runtime[0] is None:
        init()                      # as Ray does on first use
    return _runtime[0]


def _start_workers(rt):
    n = max(1, int(_math.ceil(rt.num_cpus)))
    for i in range(n):
        p = _mpp.ForkProcess(target=_worker_main, args=(rt.shared,),
                             name='ray::worker-%d' % (i + 1), daemon=True)
        p.start()
        rt.workers.append(p)


def shutdown():
    """Disconnect from the cluster: its worker and actor processes are ended."""
    rt = _runtime[0]
    if rt is None or _worker[0] is not None:
        return
    _runtime[0] = None
    for p in rt.workers + rt.actors:
        if p.is_alive():
            p.terminate()
    for p in rt.workers + rt.actors:
        p.join()


_atexit.register(shutdown)


def cluster_resources():
    """The cluster's resources (CPUs only, in the simulation)."""
    rt = _rt()
    return {'CPU': float(rt.num_cpus)}


def available_resources():
    """The CPUs no task or actor holds now."""
    rt = _rt()
    free = rt.shared.cpu_free.peek()
    return {'CPU': float(free)} if free > 0 else {}


# ---- object refs ----

class ObjectRef(object):
    """A reference to an object in the object store."""

    def __init__(self, chan, hexid):
        self._chan = chan
        self._hex = hexid

    def hex(self):
        return self._hex

    def binary(self):
        return bytes.fromhex(self._hex)

    def task_id(self):
        return self._hex[:48]

    def __repr__(self):
        return 'ObjectRef(%s)' % self._hex

    def __eq__(self, other):
        return isinstance(other, ObjectRef) and other._hex == self._hex

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._hex)

    def future(self):
        _missing('ObjectRef.future()')

    def __await__(self):
        _missing('awaiting an ObjectRef')


def _new_refs(task_hex, n):
    return [ObjectRef(_mp.Channel('ray.get'), task_hex + _index_hex(i + 1)) for i in range(n)]


def put(value, *, _owner=None):
    """Store a copy of value in the object store; returns its ObjectRef."""
    if isinstance(value, ObjectRef):
        raise TypeError('Calling \'put\' on an ray.ObjectRef is not allowed. If you really want '
                        'to do this, you can wrap the ray.ObjectRef in a list and call \'put\' '
                        'on it.')
    if _worker[0] is None:
        _rt()
    ref = ObjectRef(_mp.Channel('ray.get'), _unique_hex(8) + _NIL_ACTOR + _index_hex(1))
    ref._chan.put_by_value(value)
    return ref


def _value(ref):
    v = ref._chan.peek()
    if isinstance(v, _Failure):
        raise v.error()
    return v


def get(object_refs, *, timeout=None):
    """The value of an ObjectRef, or the values of a list of them, waiting
    for them (up to timeout seconds)."""
    single = isinstance(object_refs, ObjectRef)
    if not single and not isinstance(object_refs, list):
        raise ValueError("'object_refs' must either be an ObjectRef or a list of ObjectRefs. "
                         "Received %r" % type(object_refs))
    refs = [object_refs] if single else object_refs
    for r in refs:
        if not isinstance(r, ObjectRef):
            raise TypeError("Attempting to call `get` on the value %r, which is not an "
                            "ray.ObjectRef." % (r,))
    if timeout is not None:
        if timeout < 0:
            raise ValueError("'timeout' must be a non-negative value")
        end = _gilsim.now() + timeout
        for r in refs:
            if not r._chan.poll(max(0.0, end - _gilsim.now())):
                raise GetTimeoutError('Get timed out: some object(s) not ready.')
    values = [_value(r) for r in refs]
    return values[0] if single else values


def wait(object_refs, *, num_returns=1, timeout=None, fetch_local=True):
    """(ready, not_ready): the first num_returns refs that are ready (or as
    many as are when timeout seconds have passed), in the list's order."""
    if _worker[0] is not None:
        _missing('ray.wait inside a task or actor')
    if isinstance(object_refs, ObjectRef):
        raise TypeError('wait() expected a list of ray.ObjectRef, got a single ray.ObjectRef')
    if not isinstance(object_refs, list):
        raise TypeError('wait() expected a list of ray.ObjectRef, got %s' % type(object_refs))
    for r in object_refs:
        if not isinstance(r, ObjectRef):
            raise TypeError('wait() expected a list of ray.ObjectRef, got list containing %s'
                            % type(r))
    if timeout is not None and timeout < 0:
        raise ValueError("The 'timeout' argument must be nonnegative. Received %r" % (timeout,))
    if len(object_refs) != len(set(object_refs)):
        raise ValueError('Wait requires a list of unique object refs.')
    if num_returns <= 0:
        raise ValueError('Invalid number of objects to return %d.' % num_returns)
    if num_returns > len(object_refs):
        raise ValueError('num_returns cannot be greater than the number of objects provided '
                         'to ray.wait.')
    rt = _rt()
    done = rt.shared.done
    end = None if timeout is None else _gilsim.now() + timeout
    rt.waiters += 1
    try:
        while True:
            done.clear()
            ready = [r for r in object_refs if r._chan.qsize() > 0]
            if len(ready) >= num_returns:
                break
            left = None if end is None else end - _gilsim.now()
            if left is not None and left <= 0:
                break
            if rt.waiters > 1:      # another thread may take the note: look again soon
                left = 0.01 if left is None else min(left, 0.01)
            done.get(left)
    finally:
        rt.waiters -= 1
    ready = ready[:num_returns]
    chosen = set(ready)
    return ready, [r for r in object_refs if r not in chosen]


# ---- running tasks (in a worker or an actor) ----

class _PrefixedStdout(object):
    """A worker's stdout: each line goes out as '(name pid=N) line'."""

    def __init__(self, out):
        self._out = out
        self._buf = ''
        self.name = ''

    def write(self, s):
        self._buf += s
        while '\n' in self._buf:
            line, self._buf = self._buf.split('\n', 1)
            self._out.write('(%s pid=%d) %s\n' % (self.name, os.getpid(), line))
        return len(s)

    def flush(self):
        if self._buf:
            self._out.write('(%s pid=%d) %s\n' % (self.name, os.getpid(), self._buf))
            self._buf = ''
        self._out.flush()


class _DepFailed(Exception):
    pass


def _resolve(args, kwargs):
    """The arguments with each top-level ObjectRef replaced by its value."""
    def one(a):
        if isinstance(a, ObjectRef):
            v = a._chan.peek()
            if isinstance(v, _Failure):
                raise _DepFailed(v)
            return v
        return a
    return [one(a) for a in args], dict((k, one(v)) for k, v in kwargs.items())


def _call(fn, args, kwargs):
    return fn(*args, **kwargs)


def _store(rets, value):
    """Put a task's value (or its failure) into its result slots."""
    if isinstance(value, _Failure):
        try:
            for r in rets:
                r._chan.put_by_value(value)
        except Exception:
            value.cause = None      # a cause that cannot cross: its text still does
            for r in rets:
                if r._chan.qsize() == 0:
                    r._chan.put_by_value(value)
        return
    if len(rets) == 1:
        rets[0]._chan.put_by_value(value)
        return
    for r, v in zip(rets, value):
        r._chan.put_by_value(v)


def _execute(sh, fn, name, args, kwargs, rets, num_cpus, out):
    out.name = name.split('.')[0]
    try:
        args, kwargs = _resolve(args, kwargs)
    except _DepFailed as e:
        dep = e.args[0]
        text = (_header(name) + '\n  At least one of the input arguments for this task could '
                'not be computed:\nray.exceptions.RayTaskError: ' + dep.text)
        _store(rets, _Failure('task', name, text, dep.cause, os.getpid()))
        sh.done.put(None)
        return
    _acquire_cpus(sh, num_cpus)
    try:
        _gilsim.cpu(_EXECUTE_S)
        try:
            value = _call(fn, args, kwargs)
            if len(rets) > 1:
                if not isinstance(value, (tuple, list)) or len(value) != len(rets):
                    n = len(value) if isinstance(value, (tuple, list)) else 1
                    raise ValueError('Task returned %d objects, but num_returns=%d.'
                                     % (n, len(rets)))
        except (Exception, SystemExit) as e:
            value = _failure_of(e, name)
        out.flush()
    finally:
        _release_cpus(sh, num_cpus)
    try:
        _store(rets, value)
    except Exception as e:
        _store(rets, _Failure('task', name, _header(name) + '\n' + '%s: %s' % (
            type(e).__name__, e), None, os.getpid()))
    sh.done.put(None)


def _worker_main(sh):
    _worker[0] = ('worker', None)
    out = _PrefixedStdout(sys.stdout)
    sys.stdout = out
    while True:
        ok, task = sh.tasks.get()
        if task is None:
            return
        fn, name, args, kwargs, rets, num_cpus = task
        try:
            _execute(sh, fn, name, args, kwargs, rets, num_cpus, out)
        except Exception as e:      # the worker itself failed: the task with it
            _store(rets, _Failure('task', name, '%s\n%s: %s' % (_header(name), type(e).__name__, e),
                                  None, os.getpid()))
            sh.done.put(None)
        task = fn = args = kwargs = rets = None


# ---- remote functions ----

_TASK_OPTIONS = ('num_cpus', 'num_returns', 'name', 'max_retries', 'num_gpus', 'resources',
                 'retry_exceptions', 'runtime_env', 'memory', 'scheduling_strategy')
_ACTOR_OPTIONS = ('num_cpus', 'name', 'max_restarts', 'max_task_retries', 'num_gpus',
                  'resources', 'max_concurrency', 'lifetime', 'namespace', 'runtime_env',
                  'memory', 'scheduling_strategy', 'get_if_exists')


def _check_options(opts, valid, what):
    for k in opts:
        if k not in valid:
            raise ValueError('Invalid option keyword %s for %s. Valid ones are %s.'
                             % (k, what, ', '.join(valid)))
    nc = opts.get('num_cpus')
    if nc is not None and (isinstance(nc, bool) or not isinstance(nc, (int, float)) or nc < 0):
        raise ValueError("The resource 'num_cpus' must be a non-negative number, got %r"
                         % (nc,))
    nr = opts.get('num_returns')
    if nr is not None and (isinstance(nr, bool) or not isinstance(nr, int) or nr < 0):
        raise ValueError('The keyword \'num_returns\' only accepts None, a non-negative '
                         'integer, "streaming" (for generators), or "dynamic".')
    if opts.get('num_gpus'):
        _missing('GPUs (num_gpus)')
    if opts.get('resources') or opts.get('memory'):
        _missing('custom resources')
    if opts.get('retry_exceptions'):
        _missing('retry_exceptions')
    if opts.get('runtime_env'):
        _missing('runtime_env')
    if opts.get('scheduling_strategy') not in (None, 'DEFAULT'):
        _missing('scheduling strategies')
    mc = opts.get('max_concurrency')
    if mc is not None and mc != 1:
        _missing('concurrent actors (max_concurrency > 1)')
    if opts.get('lifetime') or opts.get('namespace') or opts.get('get_if_exists'):
        _missing('named and detached actors')


class RemoteFunction(object):
    """A function decorated with @ray.remote: call it with .remote()."""
    __module__ = 'ray.remote_function'

    def __init__(self, function, options):
        self._function = function
        self._options = options
        self.__name__ = function.__name__
        self.__qualname__ = function.__qualname__
        self.__doc__ = function.__doc__

    def __call__(self, *args, **kwargs):
        raise TypeError("Remote functions cannot be called directly. Instead of running "
                        "'%s.%s()', try '%s.%s.remote()'." % (
                            self._function.__module__, self.__name__,
                            self._function.__module__, self.__name__))

    def options(self, **options):
        _check_options(options, _TASK_OPTIONS, 'remote functions')
        merged = dict(self._options)
        merged.update(options)
        return _Bound(self, merged)

    def remote(self, *args, **kwargs):
        return self._submit(args, kwargs, self._options)

    def _submit(self, args, kwargs, options):
        rt = _rt()
        if not rt.workers:
            _start_workers(rt)
        num_cpus = options.get('num_cpus')
        num_cpus = 1 if num_cpus is None else num_cpus
        num_returns = options.get('num_returns')
        num_returns = 1 if num_returns is None else num_returns
        name = options.get('name') or self.__name__
        rets = _new_refs(_unique_hex(8) + _NIL_ACTOR, max(num_returns, 1))
        _gilsim.cpu(_SUBMIT_S)
        if num_cpus > rt.num_cpus:
            sys.stderr.write('Warning: the task %s requests %r CPUs but the cluster has %r: it '
                             'cannot be scheduled\n' % (name, num_cpus, rt.num_cpus))
        else:
            # the tasks not finished yet: if they hold (or wait for) every
            # CPU, this one waits in the queue (a mark on the timeline)
            rt.outstanding = [t for t in rt.outstanding if t[0]._chan.qsize() == 0]
            held = sum(t[1] for t in rt.outstanding)
            if num_cpus and held + num_cpus > rt.num_cpus + 1e-9:
                _gilsim.mark('ray: %s queued (%d tasks before it hold the CPUs)'
                             % (name, len(rt.outstanding)))
            rt.shared.tasks.put_by_value((self._function, name, args, kwargs, rets, num_cpus))
            rt.outstanding.append((rets[0], num_cpus))
        if num_returns == 0:
            return None
        return rets[0] if num_returns == 1 else rets


class _Bound(object):
    """f.options(...): .remote() with those options."""

    def __init__(self, target, options):
        self._target = target
        self._options = options

    def remote(self, *args, **kwargs):
        return self._target._submit(args, kwargs, self._options)


# ---- actors ----

def _actor_main(sh, cls, args, kwargs, inbox, num_cpus, class_name):
    _worker[0] = ('actor', class_name)
    out = _PrefixedStdout(sys.stdout)
    out.name = class_name
    sys.stdout = out
    _acquire_cpus(sh, num_cpus)
    died = None
    try:
        args, kwargs = _resolve(args, kwargs)
        inst = _call(cls, args, kwargs)
    except _DepFailed as e:
        died = ('The actor died because of an error raised in its creation task, ' +
                e.args[0].text)
    except Exception as e:
        died = ('The actor died because of an error raised in its creation task, ' +
                _failure_of(e, class_name + '.__init__').text)
    out.flush()
    while True:
        ok, msg = inbox.get()
        if msg is None:
            return
        method, args, kwargs, rets = msg
        if died is not None:
            _store(rets, _Failure('actor', class_name + '.' + method, died, None, os.getpid()))
            sh.done.put(None)
            continue
        _execute(sh, getattr(inst, method), class_name + '.' + method, args, kwargs, rets,
                 0, out)
        msg = args = kwargs = rets = None


class ActorClass(object):
    """A class decorated with @ray.remote: create actors with .remote()."""
    __module__ = 'ray.actor'

    def __init__(self, cls, options):
        self._cls = cls
        self._options = options
        self.__name__ = cls.__name__
        self.__qualname__ = cls.__qualname__
        self.__doc__ = cls.__doc__

    def __call__(self, *args, **kwargs):
        raise TypeError("Actors cannot be instantiated directly. Instead of '%s()', use "
                        "'%s.remote()'." % (self.__name__, self.__name__))

    def __repr__(self):
        return "<class '%s.ActorClass(%s)'>" % (self._cls.__module__, self.__name__)

    def options(self, **options):
        _check_options(options, _ACTOR_OPTIONS, 'actors')
        merged = dict(self._options)
        merged.update(options)
        return _Bound(self, merged)

    def remote(self, *args, **kwargs):
        return self._submit(args, kwargs, self._options)

    def _submit(self, args, kwargs, options):
        rt = _rt()
        cls = self._cls
        if options.get('name'):
            _missing('named actors')
        num_cpus = options.get('num_cpus') or 0
        if num_cpus > rt.num_cpus:
            _missing('actors that need more CPUs than the cluster has')
        methods = sorted(k for k in dir(cls) if not (k.startswith('__') and k.endswith('__'))
                         and callable(getattr(cls, k, None)))
        actor_hex = _unique_hex(12) + _JOB
        inbox = _mp.Channel('ray: actor waiting for a call')
        _gilsim.cpu(_SUBMIT_S)
        # The child finds the class by its name, as pickle does: for the
        # fork, the module's name for it is the class again (it is this
        # ActorClass in the program), then this ActorClass once more.
        mod = sys.modules.get(cls.__module__)
        swap = mod is not None and getattr(mod, cls.__name__, None) is self
        if swap:
            setattr(mod, cls.__name__, cls)
        try:
            p = _mpp.ForkProcess(target=_actor_main,
                                 args=(rt.shared, cls, args, kwargs, inbox, num_cpus,
                                       cls.__name__),
                                 name='ray::%s' % cls.__name__, daemon=True)
            p.start()
        finally:
            if swap:
                setattr(mod, cls.__name__, self)
        rt.actors.append(p)
        rt.actor_info[actor_hex] = {'process': p, 'pending': [], 'dead': False}
        return ActorHandle(cls.__name__, actor_hex, inbox, methods)


class ActorHandle(object):
    """A handle to an actor: call its methods with handle.method.remote()."""
    __module__ = 'ray.actor'

    def __init__(self, class_name, actor_hex, inbox, methods):
        self._class_name = class_name
        self._hex = actor_hex
        self._inbox = inbox
        self._methods = methods

    def __getattr__(self, name):
        if name not in self.__dict__.get('_methods', ()):
            raise AttributeError("'ActorHandle' object has no attribute '%s'" % name)
        return ActorMethod(self, name)

    def __repr__(self):
        return 'Actor(%s, %s)' % (self._class_name, self._hex)

    def __eq__(self, other):
        return isinstance(other, ActorHandle) and other._hex == self._hex

    def __hash__(self):
        return hash(self._hex)

    def _local(self):
        """The creator's record of the actor (None in another process)."""
        rt = _runtime[0]
        return rt.actor_info.get(self._hex) if rt is not None and _worker[0] is None else None

    def _call(self, method, args, kwargs, options):
        num_returns = options.get('num_returns')
        num_returns = 1 if num_returns is None else num_returns
        rets = _new_refs(_unique_hex(8) + self._hex, max(num_returns, 1))
        _gilsim.cpu(_SUBMIT_S)
        info = self._local()
        if info is not None and info['dead']:
            _store(rets, _Failure('actor', method, _KILLED, None, os.getpid()))
        else:
            self._inbox.put_by_value((method, args, kwargs, rets))
            if info is not None:
                info['pending'] = [r for r in info['pending'] if r._chan.qsize() == 0] + rets
        if num_returns == 0:
            return None
        return rets[0] if num_returns == 1 else rets


_KILLED = 'The actor is dead because it was killed by `ray.kill`.'


class ActorMethod(object):
    """handle.method: call it with .remote()."""
    __module__ = 'ray.actor'

    def __init__(self, handle, name, options=None):
        self._handle = handle
        self._name = name
        self._options = options or {}

    def __call__(self, *args, **kwargs):
        raise TypeError("Actor methods cannot be called directly. Instead of running "
                        "'object.%s()', try 'object.%s.remote()'." % (self._name, self._name))

    def remote(self, *args, **kwargs):
        return self._handle._call(self._name, args, kwargs, self._options)

    def options(self, **options):
        for k in options:
            if k not in ('num_returns', 'name'):
                raise ValueError('Invalid option keyword %s for actor methods. Valid ones are '
                                 'num_returns, name.' % k)
        merged = dict(self._options)
        merged.update(options)
        return ActorMethod(self._handle, self._name, merged)


def kill(actor, *, no_restart=True):
    """End an actor's process now: calls not yet answered fail with
    ActorDiedError, and so do later ones."""
    if not isinstance(actor, ActorHandle):
        raise ValueError('ray.kill() only supported for actors. For tasks, try ray.cancel(). '
                         'Got: %s.' % type(actor))
    info = actor._local()
    if info is None:
        _missing('ray.kill of an actor from another process than its creator')
    if not info['dead']:
        info['dead'] = True
        info['process'].terminate()
        info['process'].join()
        for r in info['pending']:
            if r._chan.qsize() == 0:
                _store([r], _Failure('actor', '', _KILLED, None, os.getpid()))
        info['pending'] = []
        _runtime[0].shared.done.put(None)


def cancel(*args, **kwargs):
    _missing('ray.cancel')


def get_actor(*args, **kwargs):
    _missing('named actors (ray.get_actor)')


def remote(*args, **kwargs):
    """@ray.remote, or @ray.remote(num_cpus=..., ...): a remote function
    (call it with .remote()) or an actor class."""
    if len(args) == 1 and not kwargs and callable(args[0]):
        return _make_remote(args[0], {})
    if args:
        raise TypeError('The @ray.remote decorator must be applied to either a function or a '
                        'class.')

    def decorator(target):
        return _make_remote(target, dict(kwargs))
    return decorator


def _make_remote(target, options):
    if isinstance(target, type):
        _check_options(options, _ACTOR_OPTIONS, 'actors')
        return ActorClass(target, options)
    if callable(target) and hasattr(target, '__code__'):
        _check_options(options, _TASK_OPTIONS, 'remote functions')
        return RemoteFunction(target, options)
    raise TypeError('The @ray.remote decorator must be applied to either a function or a '
                    'class.')
