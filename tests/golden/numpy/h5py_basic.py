# h5py (simulated): in-memory files, datasets read and written as numpy arrays
# python3: skip
import h5py
import numpy as np
with h5py.File('results.h5', 'w') as f:
    d = f.create_dataset('temps', data=np.arange(6.0).reshape(2, 3))
    f.create_dataset('counts', shape=(4,), dtype='int64')
    print(f, d)
    print(list(f.keys()), f.keys(), 'temps' in f, 'nope' in f, len(f))
    f['counts'][1:3] = [5, 7]
    print(f['counts'][...], d.shape, d.dtype, d.name)
print(f)
with h5py.File('results.h5', 'r') as f:
    t = f['temps'][()]
    print(repr(t), t.sum(), f['temps'][1], f['counts'][:2])
    try:
        f.create_dataset('x', data=[1])
    except ValueError as e:
        print('ValueError', e)
    try:
        f['missing']
    except KeyError as e:
        print('KeyError', e)
try:
    h5py.File('other.h5', 'r')
except OSError as e:
    print('OSError', e)
with h5py.File('results.h5', 'a') as f:
    f.create_dataset('more', data=[True, False])
    print(sorted(f), f['more'][...])
# expect: <HDF5 file "results.h5" (mode r+)> <HDF5 dataset "temps": shape (2, 3), type "<f8">
# expect: ['counts', 'temps'] <KeysViewHDF5 ['counts', 'temps']> True False 2
# expect: [0 5 7 0] (2, 3) float64 /temps
# expect: <Closed HDF5 file>
# expect: array([[0., 1., 2.],
# expect:        [3., 4., 5.]]) 15.0 [3. 4. 5.] [0 5]
# expect: ValueError Unable to create dataset (no write intent on file)
# expect: KeyError "Unable to open object (object 'missing' doesn't exist)"
# expect: OSError [Errno 2] Unable to open file (unable to open file: name = 'other.h5', errno = 2, error message = 'No such file or directory', flags = 0, o_flags = 0)
# expect: ['counts', 'more', 'temps'] [ True False]
