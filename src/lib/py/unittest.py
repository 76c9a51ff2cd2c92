"""unittest: enough of CPython 3.11's unittest to run a small TestCase file
(gilsim): TestCase with setUp/tearDown (and the class-level pair), the
assert* family (assertRaises also as a context manager), skipTest and the
skip/skipIf/skipUnless/expectedFailure wrappers, subTest, TestSuite,
TestLoader, TextTestRunner and main(), with CPython's report on stderr:

    ..F
    ======================================================================
    FAIL: test_x (__main__.T.test_x)
    ----------------------------------------------------------------------
    Traceback (most recent call last):
    ...
    ----------------------------------------------------------------------
    Ran 3 tests in 0.000s

    FAILED (failures=1)

and exit status 1 when a test failed. Tracebacks leave out unittest's own
frames, as CPython's do. The time is the program clock (virtual time on the
virtual backend). assertEqual's messages for str, list, tuple, dict and set
are CPython's, with their ndiff diffs (gilsim's difflib) and shortened
reprs. Not here: test discovery (no files), the command line's options
other than -v/-q/-f, assertRaisesRegex/assertWarnsRegex with a real regular
expression (no re module: literal text only, anything else is refused).
"""

import sys
import time

__unittest = True

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class SkipTest(Exception):
    """Raise this to skip a test (TestCase.skipTest does)."""
    __module__ = 'unittest.case'


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Wraps a test (or a TestCase class) so that it is skipped."""
    def decorator(test_item):
        if isinstance(test_item, type):
            test_item.__unittest_skip__ = True
            test_item.__unittest_skip_why__ = reason
            return test_item

        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)
        skip_wrapper.__name__ = getattr(test_item, '__name__', 'skip_wrapper')
        skip_wrapper.__unittest_skip__ = True
        skip_wrapper.__unittest_skip_why__ = reason
        return skip_wrapper
    if callable(reason) and not isinstance(reason, str):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        for e in expected:
            if not _is_subtype(e, basetype):
                return False
        return True
    return isinstance(expected, type) and issubclass(expected, basetype)


class _AssertRaisesContext(object):
    """What assertRaises returns without a callable: a context manager."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None
        self.exception = None

    def handle(self, name, args, kwargs):
        base = Warning if isinstance(self, _AssertWarnsContext) else BaseException
        if not _is_subtype(self.expected, base):
            raise TypeError('%s() arg 1 must be %s' % (
                name, 'a warning type or tuple of warning types' if base is Warning
                else 'an exception type or tuple of exception types'))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._raise_failure("{} not raised by {}".format(exc_name, self.obj_name))
            else:
                self._raise_failure("{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        if self.expected_regex not in str(exc_value):
            self._raise_failure('"{}" does not match "{}"'.format(
                self.expected_regex, str(exc_value)))
        return True

    def _raise_failure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class _AssertWarnsContext(_AssertRaisesContext):
    """What assertWarns returns without a callable: a context manager that
    records the warnings (all of them shown: "always" for the category)."""

    def __enter__(self):
        import warnings
        for v in list(sys.modules.values()):
            if getattr(v, '__warningregistry__', None):
                v.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None and self.expected_regex not in str(w):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return None
        if first_matching is not None:
            self._raise_failure('"{}" does not match "{}"'.format(
                self.expected_regex, str(first_matching)))
        if self.obj_name:
            self._raise_failure("{} not triggered by {}".format(exc_name, self.obj_name))
        else:
            self._raise_failure("{} not triggered".format(exc_name))


class _LoggingWatcher(tuple):
    def __new__(cls, records, output):
        return tuple.__new__(cls, (records, output))

    records = property(lambda self: self[0])
    output = property(lambda self: self[1])

    def __repr__(self):
        return '_LoggingWatcher(records=%r, output=%r)' % (self[0], self[1])


def _capturing_handler():
    import logging

    class _CapturingHandler(logging.Handler):
        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))
    return _CapturingHandler()


class _AssertLogsContext(object):
    """assertLogs/assertNoLogs: a handler on the logger collects the
    records and their "LEVEL:name:message" lines."""
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        self.test_case = test_case
        self.logger_name = logger_name
        if level:
            self.level = logging._nameToLevel.get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        formatter = logging.Formatter(self.LOGGING_FORMAT)
        handler = _capturing_handler()
        handler.setLevel(self.level)
        handler.setFormatter(formatter)
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self._raise_failure("Unexpected logs found: {!r}".format(self.watcher.output))
        else:
            if len(self.watcher.records) == 0:
                self._raise_failure("no logs of level {} or higher triggered on {}".format(
                    logging.getLevelName(self.level), self.logger.name))
        return None

    def _raise_failure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class _SubTest(object):
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[{}]".format(self._message))
        if self.params:
            params_desc = ', '.join("{}={!r}".format(k, v) for (k, v) in self.params.items())
            parts.append("({})".format(params_desc))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestContext(object):
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.sub = _SubTest(test_case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            self.test_case._outcome.append(('skip', self.sub, str(exc_value)))
            return True
        if not issubclass(exc_type, Exception):
            return False
        if issubclass(exc_type, self.test_case.failureException):
            self.test_case._outcome.append(('fail', self.sub, exc_value))
        else:
            self.test_case._outcome.append(('error', self.sub, exc_value))
        return True


class TestCase(object):
    """A test case: its methods named test* are the tests."""
    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._testMethodDoc = 'No test'
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        else:
            self._testMethodDoc = testMethod.__doc__

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def setUpClass(cls):
        pass

    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def shortDescription(self):
        doc = self._testMethodDoc
        if doc:
            return doc.strip().split("\n")[0].strip()
        return None

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        if result is None:
            result = TestResult()
        result.startTest(self)
        try:
            self._run(result)
        finally:
            result.stopTest(self)
        return result

    def _run(self, result):
        method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, '__unittest_skip__', False) or
                getattr(method, '__unittest_skip__', False)):
            why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                   getattr(method, '__unittest_skip_why__', ''))
            result.addSkip(self, why)
            return
        expecting_failure = getattr(method, '__unittest_expecting_failure__', False)
        self._outcome = []
        ok = self._call(result, self.setUp, expecting_failure)
        if ok:
            ok = self._call(result, method, expecting_failure)
            for kind, sub, detail in self._outcome:
                ok = False
                if kind == 'skip':
                    result.addSkip(sub, detail)
                elif expecting_failure:
                    result.addExpectedFailure(self, detail)
                    expecting_failure = None
                elif kind == 'fail':
                    result.addSubTestFailure(sub, detail)
                elif expecting_failure is not None:
                    result.addSubTestError(sub, detail)
            ok2 = self._call(result, self.tearDown, expecting_failure)
            if ok and ok2:
                if expecting_failure:
                    result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
        try:
            self.doCleanups()
        except Exception as e:
            result.addError(self, e)
        self._outcome = None

    def _call(self, result, fn, expecting_failure):
        try:
            fn()
            return True
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            result.addSkip(self, str(e))
        except self.failureException as e:
            if expecting_failure:
                result.addExpectedFailure(self, e)
            else:
                result.addFailure(self, e)
        except Exception as e:
            if expecting_failure:
                result.addExpectedFailure(self, e)
            else:
                result.addError(self, e)
        return False

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    # ---- the assertions ----

    def assertTrue(self, expr, msg=None):
        if not expr:
            msg = self._formatMessage(msg, "%s is not true" % safe_repr(expr))
            raise self.failureException(msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            msg = self._formatMessage(msg, "%s is not false" % safe_repr(expr))
            raise self.failureException(msg)

    _diffThreshold = 2 ** 16

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + ('\nDiff is %s characters long. '
                          'Set self.maxDiff to None to see it.' % len(diff))

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertEqual(self, first, second, msg=None):
        # CPython's type equality functions: same type, one of these
        if type(first) == type(second):
            t = type(first)
            if t is str:
                return self.assertMultiLineEqual(first, second, msg)
            if t is list:
                return self.assertListEqual(first, second, msg)
            if t is tuple:
                return self.assertTupleEqual(first, second, msg)
            if t is dict:
                return self.assertDictEqual(first, second, msg)
            if t is set or t is frozenset:
                return self.assertSetEqual(first, second, msg)
        self._baseAssertEqual(first, second, msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            msg = self._formatMessage(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))
            raise self.failureException(msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (seq_type_name, safe_repr(seq2)))
        else:
            seq_type_name = "sequence"
        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % (seq_type_name)
        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % (seq_type_name)
        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % (
                (seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            found = False
            for i in range(min(len1, len2)):
                item1 = seq1[i]
                item2 = seq2[i]
                if item1 != item2:
                    differing += ('\nFirst differing element %d:\n%s\n%s\n' %
                                  ((i,) + _common_shorten_repr(item1, item2)))
                    found = True
                    break
            if not found:
                if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                    return
            if len1 > len2:
                differing += ('\nFirst %s contains %d additional elements.\n'
                              % (seq_type_name, len1 - len2))
                differing += ('First extra element %d:\n%s\n' % (len2, safe_repr(seq1[len2])))
            elif len1 < len2:
                differing += ('\nSecond %s contains %d additional elements.\n'
                              % (seq_type_name, len2 - len1))
                differing += ('First extra element %d:\n%s\n' % (len1, safe_repr(seq2[len1])))
        standardMsg = differing
        diffMsg = '\n' + '\n'.join(_ndiff_pformat(seq1, seq2))
        standardMsg = self._truncateMessage(standardMsg, diffMsg)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        standardMsg = '\n'.join(lines)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + '\n'.join(_ndiff_pformat(d1, d2))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            import difflib
            firstlines = first.splitlines(True)
            secondlines = second.splitlines(True)
            if len(firstlines) == 1 and first.strip('\r\n') == first:
                firstlines = [first + '\n']
                secondlines = [second + '\n']
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(difflib.ndiff(firstlines, secondlines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        a = list(first)
        b = list(second)
        missing = list(b)
        extra = []
        for x in a:
            if x in missing:
                missing.remove(x)
            else:
                extra.append(x)
        if extra or missing:
            lines = []
            for x in _distinct(extra):
                lines.append('First has %d, Second has %d:  %s' % (a.count(x), b.count(x), safe_repr(x)))
            for x in _distinct(missing):
                lines.append('First has %d, Second has %d:  %s' % (a.count(x), b.count(x), safe_repr(x)))
            standardMsg = 'Element counts were not equal:\n' + '\n'.join(lines)
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            standardMsg = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            standardMsg = 'unexpectedly identical: %s' % (safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            standardMsg = '%s is not None' % (safe_repr(obj),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            standardMsg = 'unexpectedly None'
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standardMsg = '%s not found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standardMsg = '%s unexpectedly found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            standardMsg = '%s is not an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            standardMsg = '%s is an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s'
                                          % (safe_repr(a), safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s'
                                          % (safe_repr(a), safe_repr(b))))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        _literal_only('assertWarnsRegex', expected_regex)
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        _literal_only('assertRaisesRegex', expected_regex)
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)


_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                              _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        s = '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _commonprefix(strs):
    if not strs:
        return ''
    s1 = min(strs)
    s2 = max(strs)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def _common_shorten_repr(*args):
    args = tuple([safe_repr(a) for a in args])
    maxlen = max([len(a) for a in args])
    if maxlen <= _MAX_LENGTH:
        return args
    prefix = _commonprefix(args)
    prefixlen = len(prefix)
    common_len = _MAX_LENGTH - (maxlen - prefixlen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        prefix = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple([prefix + s[prefixlen:] for s in args])
    prefix = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple([prefix + _shorten(s[prefixlen:], _MIN_DIFF_LEN, _MIN_END_LEN) for s in args])


def _ndiff_pformat(x, y):
    import difflib
    import pprint
    return list(difflib.ndiff(pprint.pformat(x).splitlines(), pprint.pformat(y).splitlines()))


def _literal_only(name, pattern):
    # gilsim has no re: the pattern must be literal text (searched for)
    for ch in '.^$*+?{}[]\\|()':
        if ch in pattern:
            raise NotImplementedError(
                'unittest.%s: gilsim matches literal text only (no re module); '
                '%r has %r' % (name, pattern, ch))


def _distinct(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out


class FunctionTestCase(TestCase):
    __module__ = 'unittest.case'
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)


class TestSuite(object):
    """A list of tests (and of suites) run in order; the class-level
    setUpClass/tearDownClass run around each class's tests."""
    __module__ = 'unittest.suite'

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = 0
        for test in self._tests:
            cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result):
        current = [None]
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                self._switch_class(current, test.__class__, result)
                if getattr(test.__class__, '_classSetupFailed', False):
                    continue
            test(result)
        self._switch_class(current, None, result)
        return result

    def _switch_class(self, current, cls, result):
        prev = current[0]
        if prev is cls:
            return
        if prev is not None and not getattr(prev, '_classSetupFailed', False):
            if not getattr(prev, '__unittest_skip__', False):
                try:
                    prev.tearDownClass()
                except Exception as e:
                    result.addError(_ErrorHolder('tearDownClass (%s)' % strclass(prev)), e)
        current[0] = cls
        if cls is not None:
            cls._classSetupFailed = False
            if getattr(cls, '__unittest_skip__', False):
                return
            try:
                cls.setUpClass()
            except SkipTest as e:
                cls._classSetupFailed = True
                result.addSkip(_ErrorHolder('setUpClass (%s)' % strclass(cls)), str(e))
            except Exception as e:
                cls._classSetupFailed = True
                result.addError(_ErrorHolder('setUpClass (%s)' % strclass(cls)), e)


# setUpClass/tearDownClass are class methods in CPython (decorated): here
# they are called on the class, so make TestCase's defaults accept that.
TestCase.setUpClass = classmethod(TestCase.setUpClass)
TestCase.tearDownClass = classmethod(TestCase.tearDownClass)


class _ErrorHolder(object):
    """Stands for a failing setUpClass/tearDownClass in the report."""

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


def _relevant_entries(tb):
    # (skip, limit) for traceback.format_exception: unittest's own frames
    # (this module) are left out, as CPython leaves out frames whose globals
    # have __unittest.
    skipped = 0
    while tb is not None and _is_unittest_frame(tb):
        tb = tb.tb_next
        skipped += 1
    length = 0
    first = tb
    while tb is not None and not _is_unittest_frame(tb):
        length += 1
        tb = tb.tb_next
    return first, length


def _is_unittest_frame(tb):
    # gilsim's traceback entries keep their code (tb_code) when the frame
    # is gone
    frame = tb.tb_frame
    if frame is None:
        return tb.tb_code.co_filename == _FILENAME
    return frame.f_code.co_filename == _FILENAME or '__unittest' in frame.f_globals


_FILENAME = sys._getframe(0).f_code.co_filename


class TestResult(object):
    """Collects the outcomes of the tests."""
    __module__ = 'unittest.result'

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.failfast = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        import traceback
        tb, length = _relevant_entries(err.__traceback__)
        lines = traceback.format_exception(type(err), err, tb, limit=length)
        return ''.join(lines)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTestFailure(self, sub, err):
        self.failures.append((sub, self._exc_info_to_string(err, sub)))

    def addSubTestError(self, sub, err):
        self.errors.append((sub, self._exc_info_to_string(err, sub)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


class TextTestResult(TestResult):
    __module__ = 'unittest.runner'
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def _write(self, text):
        self.stream.write(text)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self._write(self.getDescription(test))
            self._write(" ... ")
            self.stream.flush()
            self._newline = False

    def _result(self, test, long, short):
        if self.showAll:
            # CPython's _write_status: a subtest's line is indented, on a
            # line of its own
            is_subtest = isinstance(test, _SubTest)
            if is_subtest or self._newline:
                if not self._newline:
                    self._write("\n")
                if is_subtest:
                    self._write("  ")
                self._write(self.getDescription(test))
                self._write(" ... ")
            self._write(long + "\n")
            self._newline = True
        elif self.dots:
            self._write(short)
        self.stream.flush()

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        self._result(test, "ok", ".")

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        self._result(test, "ERROR", "E")

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        self._result(test, "FAIL", "F")

    def addSubTestFailure(self, sub, err):
        TestResult.addSubTestFailure(self, sub, err)
        self._result(sub, "FAIL", "F")

    def addSubTestError(self, sub, err):
        TestResult.addSubTestError(self, sub, err)
        self._result(sub, "ERROR", "E")

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        self._result(test, "skipped {0!r}".format(reason), "s")

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        self._result(test, "expected failure", "x")

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        self._result(test, "unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self._write("\n")
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpectedSuccesses = getattr(self, 'unexpectedSuccesses', ())
        if unexpectedSuccesses:
            self._write(self.separator1 + "\n")
            for test in unexpectedSuccesses:
                self._write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self._write(self.separator1 + "\n")
            self._write("%s: %s\n" % (flavour, self.getDescription(test)))
            self._write(self.separator2 + "\n")
            self._write("%s\n" % err)
            self.stream.flush()


class _StderrNow(object):
    # sys.stderr as it is at each write (a program may replace it)
    def write(self, text):
        sys.stderr.write(text)

    def flush(self):
        sys.stderr.flush()


class TextTestRunner(object):
    """Runs a suite and reports on a stream (default: sys.stderr)."""
    __module__ = 'unittest.runner'
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        if stream is None:
            stream = _StderrNow()
        self.stream = stream
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        startTime = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        stopTime = time.perf_counter()
        timeTaken = stopTime - startTime
        result.printErrors()
        w = self.stream.write
        w(TextTestResult.separator2 + "\n")
        run = result.testsRun
        w("Ran %d test%s in %.3fs\n" % (run, run != 1 and "s" or "", timeTaken))
        w("\n")
        expectedFails = len(result.expectedFailures)
        unexpectedSuccesses = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            w("FAILED")
            failed = len(result.failures)
            errored = len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        elif run == 0 and not skipped:
            w("NO TESTS RAN")
        else:
            w("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expectedFails:
            infos.append("expected failures=%d" % expectedFails)
        if unexpectedSuccesses:
            infos.append("unexpected successes=%d" % unexpectedSuccesses)
        if infos:
            w(" (%s)\n" % (", ".join(infos),))
        else:
            w("\n")
        self.stream.flush()
        return result


class TestLoader(object):
    """Makes suites of the test* methods of TestCase classes."""
    __module__ = 'unittest.loader'
    testMethodPrefix = 'test'
    suiteClass = TestSuite

    def getTestCaseNames(self, testCaseClass):
        names = []
        for name in dir(testCaseClass):
            if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)):
                names.append(name)
        names.sort()
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        return self.suiteClass(tests)

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            module = sys.modules[parts[0]]
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


defaultTestLoader = TestLoader()


class TestProgram(object):
    """unittest.main(): loads the tests of a module (default __main__),
    runs them and exits with status 0 when all passed, 1 otherwise."""
    __module__ = 'unittest.main'

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules[module]
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.testRunner = testRunner
        self.testLoader = testLoader
        names = []
        for arg in argv[1:]:
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg.startswith('-'):
                raise NotImplementedError('unittest.main: the option %s is not supported by gilsim' % arg)
            else:
                names.append(arg)
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        self.runTests()

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=bool(self.failfast))
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
