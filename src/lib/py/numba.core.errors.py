"""numba.core.errors (simulated): Numba's exception types (see numba)."""


class NumbaError(Exception):
    pass


class TypingError(NumbaError):
    pass
