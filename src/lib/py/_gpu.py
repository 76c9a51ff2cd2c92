"""_gpu: the simulated GPU behind numba.cuda and cupy (private).

One device, GPU0, with streams; each stream is a device lane on the
timeline ("GPU0 stream N", sched_lane_new without a core: the device works
while every CPU core does something else). Work queued on a stream runs in
order, asynchronously to the host thread that queued it; a host thread that
needs its results waits for the stream with the GIL released, as CUDA's
synchronising calls do (cupy and numba call them without the GIL).

The figures are assumed, not measured: this machine has no GPU. They are
those of an NVIDIA T4-class device on PCIe 3 (its data sheet: 2560 CUDA
cores, 320 GB/s memory bandwidth, 0.25 TFLOP/s in float64) and of commonly
quoted launch overheads; the note of issue 14 says so too.

Without lanes (the real backend), queued work runs at once and the host
waits for it.
"""

import gilsim as _gilsim
import _numba as _k

DEVICE_NAME = 'Tesla T4 (simulated)'
CUDA_CORES = 2560
# a CUDA core is much slower than a CPU core on one thread's scalar code
CORE_SLOWDOWN = 4.0
KERNEL_START_NS = 3000        # a kernel's start on the device
MEMORY_BW = 320e9             # bytes/s, device memory
FLOPS64 = 0.25e12             # float64 multiply-adds count as 2
PCIE_BW = 6e9                 # bytes/s, host <-> device from pageable memory
COPY_LATENCY_NS = 10000       # one cudaMemcpy
MAX_THREADS_PER_BLOCK = 1024
MAX_GRID = (2 ** 31 - 1, 65535, 65535)


class _Stream:
    def __init__(self, number):
        self.number = number
        self._lane = None
        self._made = False

    def lane(self):
        if not self._made:
            self._made = True
            self._lane = _k.lane('GPU0 stream %d' % self.number, False)
        return self._lane

    def submit(self, ns, what):
        """Queue ns of device work; the program time it will be done."""
        ns = int(ns)
        lane = self.lane()
        if lane is None:
            _k.wait(ns * 1e-9, what)
            return _gilsim.now()
        return _k.submit(lane, ns)

    def idle_at(self):
        lane = self.lane() if self._made else None
        return _k.idle_at(lane) if lane is not None else 0.0

    def synchronize(self):
        """Wait, the GIL released, for the work queued so far."""
        if self._made and self._lane is not None:
            _k.wait_lane(self._lane)


streams = [_Stream(0)]


def new_stream():
    s = _Stream(len(streams))
    streams.append(s)
    return s


def synchronize_device():
    for s in streams:
        s.synchronize()


def copy(stream, nbytes, sync=True):
    """A host<->device copy on stream (after its queued work)."""
    stream.submit(COPY_LATENCY_NS + nbytes / PCIE_BW * 1e9, 'copy')
    if sync:
        stream.synchronize()


def elementwise_ns(nbytes):
    return KERNEL_START_NS + nbytes / MEMORY_BW * 1e9


def matmul_ns(n, k, m):
    return KERNEL_START_NS + 2.0 * n * k * m / FLOPS64 * 1e9


def kernel_ns(total_ns, max_thread_ns):
    """A kernel whose threads' compiled code costs total_ns on one CPU core
    (the longest thread: max_thread_ns)."""
    spread = total_ns * CORE_SLOWDOWN / CUDA_CORES
    longest = max_thread_ns * CORE_SLOWDOWN
    return KERNEL_START_NS + max(spread, longest)


def values(thunk):
    """What thunk() computes, at no host cost: the device computes it."""
    return _k.run(thunk, 1.0, False)[0]
