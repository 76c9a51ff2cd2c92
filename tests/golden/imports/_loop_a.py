# A circular import that fails: _loop_b wants a name _loop_a has not made yet.
import _loop_b
VALUE = 1
