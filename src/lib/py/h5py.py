"""h5py (simulated): HDF5 files kept in memory, whose I/O holds the GIL.

A teaching stand-in for h5py, not h5py: gilsim programs cannot touch the file
system, so a File lives in this process's memory only (a File opened again
by name in the same run sees what was written; nothing reaches the disk and
nothing survives the run). Covered: File(name, mode) with 'r', 'r+', 'w',
'w-'/'x', 'a', as a context manager, close(), keys(), `in`, len, iteration,
file[name]; create_dataset(name, shape=None, dtype=None, data=None);
Dataset shape/dtype/size/ndim/len/name, ds[...] / ds[()] / ds[slices] reads
(new numpy arrays) and writes. Groups, attributes, chunking, compression and
every other h5py feature raise NotImplementedError.

The GIL: real h5py serialises every call into the HDF5 library behind a lock
and does its reads and writes with the GIL held, so threads doing HDF5 I/O
do not overlap (the contrast with numpy, which releases the GIL in its
kernels). Here each read or write is charged as native work WITH the GIL
held: a fixed cost per call plus a cost per byte (_CALL_S, _BYTE_S below:
estimates of an in-memory HDF5 driver's memcpy and call overhead, not
measured — h5py is not installed on the build machine).
"""

import gilsim as _gilsim
import numpy as _np

_CALL_S = 20e-6      # per read or write call
_BYTE_S = 0.5e-9     # per byte moved

_files = {}          # name -> {dataset name: ndarray}, the simulated disk


def _charge(nbytes):
    _gilsim.cpu(_CALL_S + nbytes * _BYTE_S, release_gil=False)


_TYPESTR = {'float64': '<f8', 'int64': '<i8', 'bool': '|b1'}


class Dataset:
    def __init__(self, file, name, data):
        self._file = file
        self._name = name
        self._data = data

    name = property(lambda self: '/' + self._name)
    shape = property(lambda self: self._data.shape)
    dtype = property(lambda self: self._data.dtype)
    size = property(lambda self: self._data.size)
    ndim = property(lambda self: self._data.ndim)
    file = property(lambda self: self._file)

    def __len__(self):
        return len(self._data)

    def _check(self):
        if not self._file._open:
            raise ValueError('Invalid dataset identifier (invalid dataset identifier)')

    def __getitem__(self, key):
        self._check()
        if isinstance(key, tuple) and key == ():
            key = Ellipsis
        part = self._data[key]
        if isinstance(part, _np.ndarray):
            # the copy is HDF5's, made with the GIL held: not numpy's copy()
            out = _np.ndarray(part.shape, part.dtype.name, part._flat())
            _charge(out.nbytes)
            return out
        _charge(self._data.itemsize)
        return part

    def __setitem__(self, key, value):
        self._check()
        if self._file._mode == 'r':
            raise OSError("Can't write data (no write intent on file)")
        if isinstance(key, tuple) and key == ():
            key = Ellipsis
        self._data[key] = value
        n = _np.asarray(value).nbytes
        _charge(n)

    def __array__(self):
        return self[()]

    def __repr__(self):
        if not self._file._open:
            return '<Closed HDF5 dataset>'
        return '<HDF5 dataset "%s": shape %s, type "%s">' % (self._name, self.shape, _TYPESTR[self.dtype.name])


class _KeysView:
    def __init__(self, names):
        self._names = names

    def __iter__(self):
        return iter(self._names)

    def __len__(self):
        return len(self._names)

    def __contains__(self, x):
        return x in self._names

    def __repr__(self):
        return '<KeysViewHDF5 %r>' % (self._names,)


class File:
    def __init__(self, name, mode='r', **kwargs):
        for k in kwargs:
            if k not in ('driver', 'backing_store', 'libver'):
                raise TypeError("__init__() got an unexpected keyword argument '%s'" % k)
        if not isinstance(name, str):
            raise NotImplementedError('h5py (simulated): file objects as names')
        if mode not in ('r', 'r+', 'w', 'w-', 'x', 'a'):
            raise ValueError('Invalid mode; must be one of r, r+, w, w-, x, a')
        exists = name in _files
        if mode in ('r', 'r+') and not exists:
            raise OSError(   # h5py: FileNotFoundError (gilsim has no OSError subclasses)
                "[Errno 2] Unable to open file (unable to open file: name = '%s', errno = 2, error message = 'No such file or directory', flags = %d, o_flags = %d)"
                                    % (name, 0 if mode == 'r' else 1, 0 if mode == 'r' else 2))
        if mode in ('w-', 'x') and exists:
            raise OSError("[Errno 17] Unable to create file (unable to open file: name = '%s', errno = 17, error message = 'File exists', flags = 15, o_flags = c2)" % name)
        if mode == 'w' or not exists:
            _files[name] = {}
        self.filename = name
        self._mode = 'r' if mode == 'r' else 'r+'
        self._store = _files[name]
        self._open = True
        _charge(0)

    mode = property(lambda self: self._mode)

    def _check(self):
        if not self._open:
            raise ValueError('Not a location (invalid object ID)')

    def create_dataset(self, name, shape=None, dtype=None, data=None, **kwargs):
        self._check()
        for k in kwargs:
            raise NotImplementedError('h5py (simulated): create_dataset(%s=...)' % k)
        if self._mode == 'r':
            raise ValueError('Unable to create dataset (no write intent on file)')
        if '/' in name.strip('/'):
            raise NotImplementedError('h5py (simulated): groups (dataset names with /)')
        name = name.strip('/')
        if name in self._store:
            raise ValueError('Unable to create dataset (name already exists)')
        if data is not None:
            arr = _np.array(data, dtype=dtype)
            if shape is not None and tuple(shape) != arr.shape:
                raise ValueError('Shape tuple is incompatible with data')
        elif shape is not None:
            arr = _np.zeros(shape, dtype=dtype if dtype is not None else 'float64')
        else:
            raise TypeError('One of data, shape or dtype must be specified')
        self._store[name] = arr
        _charge(arr.nbytes)
        return Dataset(self, name, arr)

    def __getitem__(self, name):
        self._check()
        key = name.strip('/')
        if key not in self._store:
            raise KeyError("Unable to open object (object '%s' doesn't exist)" % key)
        return Dataset(self, key, self._store[key])

    def __delitem__(self, name):
        self._check()
        key = name.strip('/')
        if key not in self._store:
            raise KeyError("Couldn't delete link (callback link pointer is NULL (specified link may be '.' or not exist))")
        del self._store[key]

    def __contains__(self, name):
        return self._open and name.strip('/') in self._store

    def keys(self):
        self._check()
        return _KeysView(sorted(self._store))

    def __iter__(self):
        return iter(sorted(self._store))

    def __len__(self):
        return len(self._store)

    def close(self):
        self._open = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __bool__(self):
        return self._open

    def __repr__(self):
        if not self._open:
            return '<Closed HDF5 file>'
        return '<HDF5 file "%s" (mode %s)>' % (self.filename, self._mode)


def __getattr__(name):
    # an AttributeError (hasattr and getattr with a default keep working)
    # that names the missing feature
    raise AttributeError("h5py (simulated): h5py.%s is not part of gilsim's teaching subset" % name)
