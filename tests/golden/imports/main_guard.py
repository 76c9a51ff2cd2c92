# The program itself runs as __main__; the same file imported under its own
# name is another module whose guard stays closed; a helper's guard too.
import sys

print('running as', __name__)

def shout(s):
    return s.upper()

if __name__ == '__main__':
    import main_guard
    print(main_guard is sys.modules['__main__'], main_guard.__name__)
    print(main_guard.shout('hi'), shout is main_guard.shout)
    import _greet
    print('done')

# expect: running as __main__
# expect: running as main_guard
# expect: False main_guard
# expect: HI False
# expect: executing _greet as _greet
# expect: done
