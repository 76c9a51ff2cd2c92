# numba: bad input gets Numba's own exceptions; missing features say so
# python3: skip (Numba's TypingError quotes the source, which gilsim leaves out)
import numba
from numba import njit, jit


@njit
def length(d):
    return len(d)


try:
    length({1: 2})
except numba.core.errors.TypingError as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
    print(str(e).splitlines()[1])
    print(str(e).splitlines()[-1])


@njit(fastmath=True, foo=1)
def plus(x):
    return x + 1


try:
    plus(1)
except KeyError as e:
    print('KeyError', str(e)[:40])


@njit('float64(float64)')
def twice(x):
    return x * 2


print(twice(3.0), twice.signatures)
try:
    twice('a')
except TypeError as e:
    print('TypeError', e)

for name in ('vectorize', 'jitclass', 'stencil'):
    try:
        getattr(numba, name)(lambda x: x)
    except NotImplementedError as e:
        print('NotImplementedError', e)


@njit
def divide(a, b):
    return a // b


try:
    divide(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(divide(7, 2))
# expect: TypingError
# expect: Failed in nopython mode pipeline (step: nopython frontend)
# expect: non-precise type pyobject
# expect: - argument 0: Cannot determine Numba type of <class 'dict'>
# expect: KeyError "Unrecognized options: {'foo'}. Known op
# expect: 6.0 [(float64,)]
# expect: TypeError No matching definition for argument type(s) unicode_type
# expect: NotImplementedError numba (simulated): vectorize
# expect: NotImplementedError numba (simulated): jitclass
# expect: NotImplementedError numba (simulated): stencil
# expect: ZeroDivisionError integer division by zero
# expect: 3
