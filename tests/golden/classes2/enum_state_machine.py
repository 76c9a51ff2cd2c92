# An Enum state machine shared by a worker thread and the main thread:
# transitions are checked against a table keyed by members; the states
# are compared by identity and printed with their names.
import threading
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


ALLOWED = {State.IDLE: {State.RUNNING}, State.RUNNING: {State.DONE}, State.DONE: set()}


class Job:
    def __init__(self):
        self.state = State.IDLE
        self.history = [self.state]
        self.lock = threading.Lock()

    def move(self, new):
        with self.lock:
            if new not in ALLOWED[self.state]:
                raise ValueError('cannot go from %s to %s' % (self.state.name, new.name))
            self.state = new
            self.history.append(new)


job = Job()


def worker():
    job.move(State.RUNNING)
    job.move(State.DONE)


t = threading.Thread(target=worker)
t.start()
t.join()
print(job.state, job.state is State.DONE, [s.name for s in job.history])
try:
    job.move(State.IDLE)
except ValueError as e:
    print('ValueError:', e)
print({s: len(ALLOWED[s]) for s in State})
# expect: State.DONE True ['IDLE', 'RUNNING', 'DONE']
# expect: ValueError: cannot go from DONE to IDLE
# expect: {<State.IDLE: 1>: 1, <State.RUNNING: 2>: 1, <State.DONE: 3>: 0}
