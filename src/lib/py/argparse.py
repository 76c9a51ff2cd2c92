"""argparse: command-line parsing, a subset of CPython 3.11's (gilsim).

ArgumentParser(prog, usage, description, epilog, add_help) with
add_argument for optionals (-x, --name) and positionals: action store,
store_const, store_true, store_false, append, count, help, version; nargs
None, '?', '*', '+' or a number; const, default, type, choices, required,
help, metavar, dest. parse_args and parse_known_args (the program's
sys.argv[1:] by default, a list otherwise), -- and --name=value, Namespace,
error() (usage and the message on stderr, exit status 2), print_help and
format_help in CPython's layout for a 78-column terminal (CPython's width
when it cannot ask the terminal: gilsim never does). Subparsers, argument
groups, mutually exclusive groups, prefix matching of long options and
fromfile_prefix_chars raise NotImplementedError naming them.
"""

import sys as _sys
import textwrap as _textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
_WIDTH = 78
_MAX_HELP_POSITION = 24


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = None if argument is None else _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


class Namespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        return 'Namespace(%s)' % ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._prog = prog


RawDescriptionHelpFormatter = HelpFormatter
ArgumentDefaultsHelpFormatter = HelpFormatter


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, kind='store', version=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.kind = kind
        self.version = version

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        return '%s(%s)' % ({'store': '_StoreAction', 'store_true': '_StoreTrueAction',
                            'store_false': '_StoreFalseAction', 'store_const': '_StoreConstAction',
                            'append': '_AppendAction', 'count': '_CountAction',
                            'help': '_HelpAction', 'version': '_VersionAction'}[self.kind],
                           ', '.join('%s=%r' % (n, getattr(self, n)) for n in names))


def _display_name(action):
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


def _metavar(action, default):
    if action.metavar is not None:
        return action.metavar
    if action.choices is not None:
        return '{' + ','.join(str(c) for c in action.choices) + '}'
    return default


def _format_args(action, default):
    m = _metavar(action, default)
    n = action.nargs
    if n is None:
        return m
    if n == OPTIONAL:
        return '[%s]' % m
    if n == ZERO_OR_MORE:
        return '[%s ...]' % m
    if n == ONE_OR_MORE:
        return '%s [%s ...]' % (m, m)
    if n == 0:
        return ''
    return ' '.join([m] * n)


_KINDS = ('store', 'store_const', 'store_true', 'store_false', 'append', 'count', 'help', 'version')


class ArgumentParser:
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _sys.argv[0].rpartition('/')[2] if _sys.argv and _sys.argv[0] else 'python'
        if parents:
            raise NotImplementedError('argparse (gilsim): parents')
        if fromfile_prefix_chars is not None:
            raise NotImplementedError('argparse (gilsim): fromfile_prefix_chars')
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')

    # ---- declaring ----

    def add_argument(self, *args, **kwargs):
        action = kwargs.pop('action', 'store')
        if not isinstance(action, str) or action not in _KINDS:
            raise NotImplementedError('argparse (gilsim): action=%r' % (action,))
        positional = not args or len(args) == 1 and not args[0].startswith('-')
        if positional:
            if 'dest' in kwargs and args:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kwargs.pop('dest')
            option_strings = []
            if kwargs.get('required') is not None and 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
        else:
            for a in args:
                if not a.startswith('-'):
                    raise ValueError("invalid option string %r: must start with a character '-'" % a)
            option_strings = list(args)
            dest = kwargs.pop('dest', None)
            if dest is None:
                longs = [a for a in args if a.startswith('--')]
                dest = (longs[0] if longs else args[0]).lstrip('-').replace('-', '_')
            for a in args:
                for other in self._actions:
                    if a in other.option_strings:
                        raise ArgumentError(None, 'argument %s: conflicting option string: %s'
                                            % ('/'.join(args), a))
        nargs = kwargs.pop('nargs', None)
        const = kwargs.pop('const', None)
        default = kwargs.pop('default', None)
        if action == 'store_true':
            const, default, nargs = True, False if default is None else default, 0
        elif action == 'store_false':
            const, default, nargs = False, True if default is None else default, 0
        elif action in ('store_const', 'count', 'help', 'version'):
            nargs = 0
        elif nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        if action in ('help', 'version') and default is None:
            default = SUPPRESS
        typ = kwargs.pop('type', None)
        if typ is not None and not callable(typ):
            raise ValueError('%r is not callable' % (typ,))
        a = Action(option_strings, dest, nargs=nargs, const=const, default=default, type=typ,
                   choices=kwargs.pop('choices', None), required=kwargs.pop('required', positional),
                   help=kwargs.pop('help', None), metavar=kwargs.pop('metavar', None), kind=action,
                   version=kwargs.pop('version', None))
        if positional and nargs in (OPTIONAL, ZERO_OR_MORE):
            a.required = False
        if kwargs:
            raise TypeError("__init__() got an unexpected keyword argument '%s'" % next(iter(kwargs)))
        self._actions.append(a)
        return a

    def add_argument_group(self, *args, **kwargs):
        raise NotImplementedError('argparse (gilsim): argument groups')

    def add_mutually_exclusive_group(self, *args, **kwargs):
        raise NotImplementedError('argparse (gilsim): mutually exclusive groups')

    def add_subparsers(self, *args, **kwargs):
        raise NotImplementedError('argparse (gilsim): subparsers')

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest)

    # ---- parsing ----

    def parse_args(self, args=None, namespace=None):
        ns, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return ns

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        ns = Namespace() if namespace is None else namespace
        for a in self._actions:
            if a.dest is not SUPPRESS and a.default is not SUPPRESS and not hasattr(ns, a.dest):
                setattr(ns, a.dest, a.default)
        for k, v in self._defaults.items():
            if not hasattr(ns, k):
                setattr(ns, k, v)
        try:
            extras = self._parse(args, ns)
        except ArgumentError as e:
            if not self.exit_on_error:
                raise
            self.error(str(e))
        return ns, extras

    def _option(self, arg):
        for a in self._actions:
            if arg in a.option_strings:
                return a
        return None

    def _convert(self, action, s):
        if action.type is None:
            v = s
        else:
            try:
                v = action.type(s)
            except ArgumentTypeError as e:
                raise ArgumentError(action, str(e))
            except (TypeError, ValueError):
                name = getattr(action.type, '__name__', repr(action.type))
                raise ArgumentError(action, 'invalid %s value: %r' % (name, s))
        if action.choices is not None and v not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (v, ', '.join(repr(c) for c in action.choices)))
        return v

    def _take(self, action, values, ns):
        k = action.kind
        if k == 'help':
            self.print_help()
            self.exit()
        if k == 'version':
            print(action.version.replace('%(prog)s', self.prog))
            self.exit()
        if k in ('store_true', 'store_false', 'store_const'):
            setattr(ns, action.dest, action.const)
        elif k == 'count':
            setattr(ns, action.dest, (getattr(ns, action.dest, None) or 0) + 1)
        else:
            conv = [self._convert(action, v) for v in values]
            if action.nargs is None:
                value = conv[0]
            elif action.nargs == OPTIONAL:
                value = conv[0] if conv else action.const
            else:
                value = conv
            if k == 'append':
                old = getattr(ns, action.dest, None)
                setattr(ns, action.dest, (list(old) if old else []) + [value])
            else:
                setattr(ns, action.dest, value)

    def _count_for(self, action, rest):
        """How many of the following strings an option takes."""
        n = action.nargs
        avail = 0
        while avail < len(rest) and not (rest[avail].startswith('-') and rest[avail] != '-'
                                         and not _is_number(rest[avail])):
            avail += 1
        if n is None:
            if avail < 1:
                raise ArgumentError(action, 'expected one argument')
            return 1
        if n == OPTIONAL:
            return min(avail, 1)
        if n == ZERO_OR_MORE:
            return avail
        if n == ONE_OR_MORE:
            if avail < 1:
                raise ArgumentError(action, 'expected at least one argument')
            return avail
        if avail < n:
            raise ArgumentError(action, 'expected %d argument%s' % (n, '' if n == 1 else 's'))
        return n

    def _parse(self, args, ns):
        """CPython's order: optionals as they come; each run of other strings
        goes to as many of the remaining positionals as it can fill."""
        positionals = [a for a in self._actions if not a.option_strings]
        seen = set()
        extras = []
        i = 0
        n_args = len(args)
        double_dash = args.index('--') if '--' in args else n_args

        def is_option(k):
            a = args[k]
            return k < double_dash and a.startswith('-') and a != '-' and a != '--' and not _is_number(a)

        while i < n_args:
            if not is_option(i):
                run = []
                while i < n_args and not is_option(i):
                    if not (args[i] == '--' and i == double_dash):
                        run.append(args[i])
                    i += 1
                left = self._consume_positionals(positionals, run, ns, seen)
                if left:
                    extras.extend(left)
                continue
            arg = args[i]
            explicit = None
            if arg.startswith('--') and '=' in arg:
                arg, explicit = arg.split('=', 1)
            action = self._option(arg)
            short_rest = False
            if action is None and not arg.startswith('--') and len(arg) > 2:
                action = self._option(arg[:2])
                if action is not None:
                    explicit = arg[2:]
                    short_rest = True
            if action is None:
                extras.append(args[i])
                i += 1
                continue
            i += 1
            # -vv, -xn3: flags that take nothing, each the next letter
            while short_rest and action.nargs == 0 and explicit:
                seen.add(action)
                self._take(action, [], ns)
                nxt = self._option('-' + explicit[0])
                if nxt is None:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                action, explicit = nxt, explicit[1:] or None
            seen.add(action)
            if explicit is not None:
                if action.nargs == 0:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                values = [explicit]
            else:
                n = self._count_for(action, [a if k < double_dash else 'x' for k, a in
                                             enumerate(args[i:], i)])
                values = args[i:i + n]
                i += n
            self._take(action, values, ns)
        left = self._consume_positionals(positionals, [], ns, seen)
        extras.extend(left)
        missing = [_display_name(a) for a in self._actions if a.required and a not in seen]
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s' % ', '.join(missing))
        for a in self._actions:
            if a not in seen and isinstance(a.default, str) and a.type is not None \
                    and getattr(ns, a.dest, None) is a.default:
                setattr(ns, a.dest, self._convert(a, a.default))
        return extras

    def _consume_positionals(self, positionals, run, ns, seen):
        """Fill the first positionals that the run can (removing them from
        the list); returns what is left of the run."""
        k = len(run)
        count = 0
        need = 0
        for a in positionals:
            if need + _min_count(a.nargs) > k:
                break
            need += _min_count(a.nargs)
            count += 1
        chosen = positionals[:count]
        del positionals[:count]
        for j, action in enumerate(chosen):
            later_min = 0
            for other in chosen[j + 1:]:
                later_min += _min_count(other.nargs)
            n = action.nargs
            if n is None:
                take = 1
            elif n == OPTIONAL:
                take = 1 if len(run) > later_min else 0
            elif n in (ZERO_OR_MORE, ONE_OR_MORE):
                take = len(run) - later_min
            else:
                take = n
            values, run = run[:take], run[take:]
            seen.add(action)
            if n == ZERO_OR_MORE and not values:
                setattr(ns, action.dest, action.default if action.default is not None else [])
            elif n == OPTIONAL and not values:
                setattr(ns, action.dest, action.default)
            else:
                self._take(action, values, ns)
        return run

    # ---- help and errors ----

    def _invocation(self, action):
        if not action.option_strings:
            return _metavar(action, action.dest)
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = _format_args(action, action.dest.upper())
        return ', '.join('%s %s' % (o, args) for o in action.option_strings)

    def _usage_parts(self):
        parts = []
        for a in self._actions:
            if a.option_strings:
                part = a.option_strings[0]
                if a.nargs != 0:
                    part += ' ' + _format_args(a, a.dest.upper())
                parts.append(part if a.required else '[%s]' % part)
        for a in self._actions:
            if not a.option_strings:
                parts.append(_format_args(a, a.dest))
        return parts

    def format_usage(self):
        if self.usage is not None:
            return 'usage: %s\n' % self.usage.replace('%(prog)s', self.prog)
        prefix = 'usage: '
        parts = self._usage_parts()
        line = ' '.join([self.prog] + parts)
        if len(prefix) + len(line) <= _WIDTH:
            return prefix + line + '\n'
        indent = ' ' * (len(prefix) + len(self.prog) + 1)
        lines = []
        cur = prefix + self.prog
        for p in parts:
            if len(cur) + 1 + len(p) > _WIDTH and cur.strip() != (prefix + self.prog).strip():
                lines.append(cur)
                cur = indent + p
            else:
                cur += ' ' + p
        lines.append(cur)
        return '\n'.join(lines) + '\n'

    def format_help(self):
        out = [self.format_usage()]
        if self.description:
            out.append('\n' + _fill(self.description, 0) + '\n')
        positionals = [a for a in self._actions if not a.option_strings and a.help != SUPPRESS]
        optionals = [a for a in self._actions if a.option_strings and a.help != SUPPRESS]
        longest = 0
        for a in positionals + optionals:
            longest = max(longest, len(self._invocation(a)) + 4)
        help_position = min(longest, _MAX_HELP_POSITION)
        for title, group in (('positional arguments', positionals), ('options', optionals)):
            if not group:
                continue
            out.append('\n%s:\n' % title)
            for a in group:
                out.append(self._format_action(a, help_position))
        if self.epilog:
            out.append('\n' + _fill(self.epilog, 0) + '\n')
        return ''.join(out)

    def _format_action(self, action, help_position):
        header = self._invocation(action)
        width = help_position - 2 - 2
        if not action.help:
            return '  %s\n' % header
        text = action.help.replace('%(prog)s', self.prog).replace('%(default)s', str(action.default))
        lines = _textwrap.wrap(text, max(_WIDTH - help_position, 11))
        if len(header) <= width:
            first = '  %-*s  %s\n' % (width, header, lines[0])
            rest = lines[1:]
        else:
            first = '  %s\n' % header
            rest = lines
        return first + ''.join(' ' * help_position + l + '\n' for l in rest)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _min_count(nargs):
    if nargs is None or nargs == ONE_OR_MORE:
        return 1
    if nargs in (OPTIONAL, ZERO_OR_MORE):
        return 0
    return nargs


def _is_number(s):
    try:
        float(s)
        return s.startswith('-')
    except ValueError:
        return False


def _fill(text, indent):
    return _textwrap.fill(' '.join(text.split()), _WIDTH - indent)
