"""numba.core (simulated): the part of Numba's core a program names, its errors."""
