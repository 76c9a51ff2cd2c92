# enum.Flag and enum.IntFlag can be imported but are outside gilsim's
# subset: defining one raises NotImplementedError naming it (never a
# class that would behave differently from CPython's).
from enum import Flag, IntFlag, auto

try:
    class Perm(Flag):
        R = auto()
        W = auto()
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    class Mode(IntFlag):
        X = 1
except NotImplementedError as e:
    print('NotImplementedError:', e)
# python3: skip
# expect: NotImplementedError: enum.Flag is not supported by gilsim
# expect: NotImplementedError: enum.IntFlag is not supported by gilsim
