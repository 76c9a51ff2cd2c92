"""subprocess (simulated): commands as simulated external processes -- nothing is executed.

gilsim's sandbox starts no real process. A command given to run, Popen,
call, check_call or check_output (argv, or a string with shell=True)
becomes a simulated external process: a process on the timeline, named by
its command, that starts after an exec's cost (1 ms, plus 1 ms in the
parent for fork and exec), lasts as long as a table says, writes the
output the table gives, and ends with its return code. The calling thread
waits for it (wait, communicate, run...) with the GIL released, so other
threads run meanwhile, and several commands run in parallel, up to
--cores when they compute.

The table: built-in commands, and those a program or lesson declares with
gilsim.subprocess_model(name, seconds=0.0, stdout='', stderr='',
returncode=0, cpu=False) -- or with a function of the argv list returning
a dict of those keys. cpu=True: the command computes (takes a core) rather
than waits. Built in: sleep N (s, m, h suffixes), echo [-n] ARGS, true,
false, exit N and : (shell). A command in neither is not found:
FileNotFoundError for argv, '/bin/sh: 1: NAME: not found' and return code
127 with shell=True, as CPython with dash.

shell=True understands words, '...' and "..." quoting, and the operators
; && || & between commands; a command followed by & runs in the
background (its own process on the timeline; the shell does not wait for
it). No redirection, pipes, variables or globbing: those raise
NotImplementedError naming them.

Covered: run (capture_output, stdout, stderr, check, timeout, text,
universal_newlines, encoding, input ignored), CompletedProcess, Popen
(wait, communicate, poll, returncode, pid, args, stdout/stderr pipes read
whole, kill, terminate, send_signal, context manager), call, check_call,
check_output, getoutput, getstatusoutput, PIPE, STDOUT, DEVNULL,
SubprocessError, CalledProcessError, TimeoutExpired.
"""

import sys
import gilsim as _gilsim
import _multiprocessing as _mp

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput',
           'getoutput', 'check_output', 'run', 'CalledProcessError', 'DEVNULL',
           'SubprocessError', 'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_EXEC_NS = 1000000       # the child's exec and start-up


class SubprocessError(Exception):
    pass


def _set_output(self, value):
    self.output = value


# CalledProcessError's and TimeoutExpired's stdout: another name for output
_output_alias = property(lambda self: self.output, _set_output)


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _output_alias


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _output_alias


# ---- the table ----

_models = {}


def _declare_model(name, model=None, *, seconds=0.0, stdout='', stderr='', returncode=0, cpu=False):
    """gilsim.subprocess_model: declare command `name` (its argv[0])."""
    if not isinstance(name, str) or not name:
        raise TypeError('subprocess_model() name must be a non-empty str')
    if model is not None:
        if not callable(model):
            raise TypeError('subprocess_model() model must be callable')
        _models[name] = model
        return
    if not isinstance(seconds, (int, float)) or seconds < 0:
        raise ValueError('subprocess_model() seconds must be a non-negative number')
    _models[name] = {'seconds': float(seconds), 'stdout': stdout, 'stderr': stderr,
                     'returncode': returncode, 'cpu': bool(cpu)}


def _sleep_model(argv):
    if len(argv) < 2:
        return {'stderr': "sleep: missing operand\nTry 'sleep --help' for more information.\n",
                'returncode': 1}
    total = 0.0
    for a in argv[1:]:
        mult = {'s': 1, 'm': 60, 'h': 3600, 'd': 86400}.get(a[-1:], None)
        num = a[:-1] if mult else a
        try:
            v = float(num)
            if v < 0 or v != v:
                raise ValueError
        except ValueError:
            return {'stderr': "sleep: invalid time interval \u2018%s\u2019\nTry 'sleep --help' for more information.\n" % a,
                    'returncode': 1}
        total += v * (mult or 1)
    return {'seconds': total}


def _echo_model(argv):
    args = argv[1:]
    end = '\n'
    if args and args[0] == '-n':
        args = args[1:]
        end = ''
    return {'stdout': ' '.join(args) + end}


def _exit_model(argv):
    try:
        code = int(argv[1]) if len(argv) > 1 else 0
    except ValueError:
        return {'stderr': '/bin/sh: 1: exit: Illegal number: %s\n' % argv[1], 'returncode': 2}
    return {'returncode': code & 255}


_builtin = {
    'sleep': _sleep_model,
    'echo': _echo_model,
    'true': lambda argv: {},
    ':': lambda argv: {},
    'false': lambda argv: {'returncode': 1},
}


def _lookup(argv, shell):
    """The model of one command: a dict, or None if not found."""
    name = argv[0]
    base = name.rsplit('/', 1)[-1] if name.startswith(('/bin/', '/usr/bin/')) else name
    m = _models.get(name, _models.get(base))
    if m is None:
        m = _builtin.get(base)
        if m is None and shell and base == 'exit':
            m = _exit_model
    if m is None:
        return None
    r = m(list(argv)) if callable(m) else m
    if not isinstance(r, dict):
        raise TypeError('a subprocess model must give a dict, not %s' % type(r).__name__)
    return {'seconds': float(r.get('seconds', 0.0)), 'stdout': r.get('stdout', ''),
            'stderr': r.get('stderr', ''), 'returncode': int(r.get('returncode', 0)),
            'cpu': bool(r.get('cpu', False))}


# ---- a small shell ----

def _split_shell(cmd):
    """[(argv, op)] where op is ';', '&&', '||' or '&' (what follows it)."""
    jobs = []
    words = []
    word = None
    i = 0
    n = len(cmd)
    while i < n:
        c = cmd[i]
        if c in ' \t\n':
            if word is not None:
                words.append(word)
                word = None
            i += 1
        elif c in "'\"":
            j = cmd.find(c, i + 1)
            if j < 0:
                return "/bin/sh: 1: Syntax error: Unterminated quoted string\n"
            word = (word or '') + cmd[i + 1:j]
            i = j + 1
        elif c in ';&|':
            if word is not None:
                words.append(word)
                word = None
            op = cmd[i:i + 2] if cmd[i:i + 2] in ('&&', '||') else c
            if op == '|':
                raise NotImplementedError('subprocess (gilsim): shell pipes (|) are not simulated')
            if not words:
                return '/bin/sh: 1: Syntax error: "%s" unexpected\n' % op
            jobs.append((words, op))
            words = []
            i += len(op)
        elif c in '<>':
            raise NotImplementedError('subprocess (gilsim): shell redirection (%s) is not simulated' % c)
        elif c in '$`*?(){}':
            raise NotImplementedError("subprocess (gilsim): the shell's %r is not simulated" % c)
        elif c == '\\' and i + 1 < n:
            word = (word or '') + cmd[i + 1]
            i += 2
        else:
            word = (word or '') + c
            i += 1
    if word is not None:
        words.append(word)
    if words:
        jobs.append((words, ';'))
    return jobs


# ---- the external process ----

def _run_one(argv, m, capture, out, err, merge):
    if m is None:
        text = '/bin/sh: 1: %s: not found\n' % argv[0]
        (out if merge else err).append(text) if capture[1] else sys.stderr.write(text)
        return 127
    if m['seconds'] > 0:
        if m['cpu']:
            _gilsim.cpu(m['seconds'], release_gil=True)
        else:
            _gilsim.io(m['seconds'])
    if m['stdout']:
        if capture[0]:
            out.append(m['stdout'])
        else:
            sys.stdout.write(m['stdout'])
    if m['stderr']:
        if merge and capture[0]:
            out.append(m['stderr'])
        elif capture[1]:
            err.append(m['stderr'])
        else:
            sys.stderr.write(m['stderr'])
    return m['returncode']


def _external_main(prep):
    """The simulated command's process (multiprocessing._child_main hands
    over): runs the plan, sends what it captured, returns its status."""
    plan = prep['subprocess.plan']
    capture = prep['capture']
    merge = prep['merge']
    out, err = [], []
    status = 0
    skip = False
    for argv, op, m in plan:
        if op == '&':
            if not skip:
                _start([(argv, ';', m)], ' '.join(argv), (False, False), False)
                status = 0
            skip = False
            continue
        if not skip:
            status = _run_one(argv, m, capture, out, err, merge)
        if op == '&&':
            skip = status != 0
        elif op == '||':
            skip = status == 0
        else:
            skip = False
    sys.stdout.flush()
    prep['result'].put((''.join(out), ''.join(err)))
    return status


def _start(plan, name, capture, merge):
    result = _mp.Channel('communicate()')
    prep = {'subprocess.plan': plan, 'capture': capture, 'merge': merge, 'result': result}
    return _mp.start(prep, None, name, False, False, _EXEC_NS), result


def _argv_of(args):
    if isinstance(args, (str, bytes)):
        return [args.decode() if isinstance(args, bytes) else args]
    try:
        argv = list(args)
    except TypeError:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(args).__name__) from None
    out = []
    for a in argv:
        if isinstance(a, bytes):
            a = a.decode()
        elif not isinstance(a, str):
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(a).__name__)
        out.append(a)
    return out


class _Pipe(object):
    """A pipe's read end, read whole once the process has ended."""

    def __init__(self, popen, index):
        self._popen = popen
        self._index = index
        self.closed = False

    def read(self, n=-1):
        self._popen.wait()
        data = self._popen._captured[self._index]
        self._popen._captured[self._index] = self._popen._empty()
        return data

    def readlines(self):
        data = self.read()
        return data.splitlines(True)

    def __iter__(self):
        return iter(self.readlines())

    def close(self):
        self.closed = True


class Popen(object):
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(),
                 *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self._text = bool(text or universal_newlines or encoding or errors)
        if shell:
            if not isinstance(args, (str, bytes)):
                args = ' '.join(_argv_of(args)[:1]) if args else ''
            cmd = args.decode() if isinstance(args, bytes) else args
            plan = _split_shell(cmd)
            if not isinstance(plan, str):
                plan = [(argv, op, _lookup(argv, True)) for argv, op in plan]
            name = cmd
        else:
            argv = _argv_of(args)
            if not argv:
                raise IndexError('list index out of range')
            m = _lookup(argv, False)
            if m is None:
                raise FileNotFoundError(2, 'No such file or directory', argv[0])
            plan = [(argv, ';', m)]
            name = ' '.join(argv)
        merge = stderr == STDOUT
        capture = (stdout == PIPE, stderr == PIPE or stderr == DEVNULL or (merge and stdout == PIPE))
        self._devnull = (stdout == DEVNULL, stderr == DEVNULL)
        if isinstance(plan, str):            # a syntax error: sh says so, status 2
            plan = [(['sh'], ';', {'seconds': 0.0, 'stdout': '', 'stderr': plan, 'returncode': 2,
                                   'cpu': False})]
        self._handle, self._result = _start(plan, name, (capture[0] or self._devnull[0], capture[1]), merge)
        self.pid = self._handle.pid()
        self._captured = None
        self.stdin = None
        self.stdout = _Pipe(self, 0) if stdout == PIPE else None
        self.stderr = _Pipe(self, 1) if stderr == PIPE else None

    def _empty(self):
        return '' if self._text else b''

    def _collect(self):
        if self._captured is not None:
            return
        ok, (out, err) = self._result.get(0) if self._result.qsize() else (False, ('', ''))
        if not self._text:
            out, err = out.encode(), err.encode()
        if self._devnull[0]:
            out = self._empty()
        if self._devnull[1]:
            err = self._empty()
        self._captured = [out, err]

    def poll(self):
        if self.returncode is None:
            code = self._handle.exitcode()
            if code is not None:
                self.returncode = code
                self._collect()
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is not None:
            if not self._handle.join(timeout):
                raise TimeoutExpired(self.args, timeout)
        else:
            self._handle.join()
        return self.poll()

    def communicate(self, input=None, timeout=None):
        self.wait(timeout)
        out = self._captured[0] if self.stdout is not None else None
        err = self._captured[1] if self.stderr is not None else None
        if self.stdout is not None:
            self._captured[0] = self._empty()
        if self.stderr is not None:
            self._captured[1] = self._empty()
        return (out, err)

    def send_signal(self, sig):
        if self.returncode is None:
            if sig == 9:
                self._handle.kill()
            else:
                self._handle.terminate()

    def terminate(self):
        if self.returncode is None:
            self._handle.terminate()

    def kill(self):
        if self.returncode is None:
            self._handle.kill()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        self.wait()

    def __repr__(self):
        return '<Popen: returncode: {} args: {!r}>'.format(self.returncode, self.args)


class CompletedProcess(object):
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]
