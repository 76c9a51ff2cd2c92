# An operating-system kernel simulation in the spirit of Martin Richards'
# benchmark: an idle task, a worker, two handlers and two devices pass
# packets through a priority scheduler (classes, polymorphic calls,
# linked lists, attribute access).
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.suspended = not self.waiting
        kernel.tasks[ident] = self

    def runnable(self):
        return not self.held and (not self.suspended or (self.waiting and self.queue is not None))

    def take(self):
        p = self.queue
        self.queue = p.link
        self.waiting = self.queue is not None
        return p


class Idle(Task):
    def __init__(self, kernel, ident, priority, count):
        Task.__init__(self, kernel, ident, priority, None)
        self.control = 1
        self.count = count
        self.suspended = False

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.kernel.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class Worker(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.dest = HANDLER_A
        self.count = 0

    def run(self, packet):
        if packet is None:
            return self.kernel.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(4):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.kernel.queue_packet(packet)


class Handler(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            count = work.datum
            if count < 4:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.kernel.queue_packet(dev)
            else:
                self.work = work.link
                return self.kernel.queue_packet(work)
        return self.kernel.wait()


class Device(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.kernel.wait()
            p, self.pending = self.pending, None
            return self.kernel.queue_packet(p)
        self.pending = packet
        self.kernel.hold_count += 1
        return self.kernel.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = [None] * 6
        self.current = None
        self.hold_count = 0
        self.queue_count = 0

    def by_priority(self):
        return sorted(self.tasks, key=lambda t: -t.priority)

    def wait(self):
        self.current.suspended = True
        return self.current

    def hold_self(self):
        self.current.held = True
        return None

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def queue_packet(self, packet):
        t = self.tasks[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        if t.queue is None:
            t.queue = packet
            t.waiting = True
            t.suspended = False
            if t.priority > self.current.priority:
                return t
        else:
            packet.append_to(t.queue)
        return self.current

    def schedule(self):
        order = self.by_priority()
        while True:
            for t in order:
                if t.runnable():
                    break
            else:
                return
            self.current = t
            packet = None
            if t.waiting and t.queue is not None:
                packet = t.take()
                t.suspended = False
            elif t.suspended:
                continue
            t.run(packet)


def run_once(count):
    k = Kernel()
    Idle(k, IDLE, 0, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    Worker(k, WORKER, 1000, wq)
    q = Packet(None, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    q = Packet(q, DEVICE_A, KIND_DEVICE)
    Handler(k, HANDLER_A, 2000, q)
    q = Packet(None, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    q = Packet(q, DEVICE_B, KIND_DEVICE)
    Handler(k, HANDLER_B, 3000, q)
    Device(k, DEVICE_A, 4000, None)
    Device(k, DEVICE_B, 5000, None)
    k.schedule()
    return k.queue_count, k.hold_count


for _ in range(20):
    result = run_once(10000)
print(result)
