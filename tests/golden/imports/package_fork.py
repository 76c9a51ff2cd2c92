# A package of the program's own under fork: the child has the parent's
# copy of every module of it (the package's print does not show again),
# the names its __init__ imported from its submodules, and can import a
# submodule the parent already has.
import multiprocessing as mp
import _shapes
from _shapes._solid.cube import volume

def child(q):
    import _shapes.square
    q.put((_shapes.Circle(1).area(), volume(2), _shapes._solid.cube.WHERE,
           _shapes.square.area(4), _shapes.__path__[0].endswith('_shapes')))

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)

# expect: package _shapes package attr _shapes
# expect: (3.14, 8, ('_shapes._solid.cube', '_shapes._solid', '_shapes.circle'), 16, True)
# expect: 0
