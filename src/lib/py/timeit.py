"""timeit: time small pieces of code (gilsim).

The interface of CPython 3.11's timeit: Timer, timeit(), repeat(),
autorange() and print_exc(), the module-level timeit() and repeat(), and
default_timer (time.perf_counter).

A statement given as text is compiled once, inside a function that runs the
setup and then the statement in a loop between two readings of the timer,
so the names the setup assigns are that function's locals, as in CPython;
a callable statement or setup is called instead. In gilsim the timer reads
the program clock, so on the virtual backend the figures are the simulated
interpreter's times and repeat exactly for a given seed. CPython turns the
garbage collector off while it times; gilsim's collector costs no program
time, so there is nothing to turn off. Not here: the command-line interface
(`python -m timeit`), since gilsim runs no modules as scripts.
"""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indent(text, spaces):
    pad = " " * spaces
    return text.replace("\n", "\n" + pad)


def _check_compiles(text):
    # Each text must compile on its own: a stray `return` or dedent would
    # otherwise hide inside the generated function.
    compile(text, dummy_src_name, "exec")


def _part(name, value, check_text, spaces, namespace):
    """The code that runs `value` (text, indented, or a call of the callable,
    passed in as a default argument) and that argument: (code, param)."""
    if isinstance(value, str):
        _check_compiles(check_text)
        return _indent(value, spaces), ""
    if callable(value):
        namespace["_" + name] = value
        return "_%s()" % name, ", _%s=_%s" % (name, name)
    raise ValueError("%s is neither a string nor callable" % name)


class Timer:
    """Times a statement: Timer(stmt, setup, timer, globals).timeit(number)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        scope = _globals() if globals is None else globals   # CPython's default: this module's
        # after a text setup, the statement is checked as one text with it:
        # its errors name the line CPython's do
        stmt_text = setup + "\n" + stmt if isinstance(setup, str) and isinstance(stmt, str) else stmt
        setup_code, setup_param = _part("setup", setup, setup, 4, namespace)
        stmt_code, stmt_param = _part("stmt", stmt, stmt_text, 8, namespace)
        prelude = setup_param + stmt_param
        source = ("def inner(_it, _timer" + prelude + "):\n"
                  "    " + setup_code + "\n"
                  "    _t0 = _timer()\n"
                  "    for _i in _it:\n"
                  "        " + stmt_code + "\n"
                  "    _t1 = _timer()\n"
                  "    return _t1 - _t0\n")
        self.src = source
        code = compile(source, dummy_src_name, "exec")
        exec(code, scope, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled, as timeit's."""
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Seconds taken by `number` runs of the statement (the setup once)."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """The smallest number in 1, 2, 5, 10, 20, 50, ... whose run takes at
        least 0.2 s, with that run's time: (number, time_taken)."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
