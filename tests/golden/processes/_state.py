# A helper with state that the program changes before it forks.
print('executing _state')
settings = {'level': 'low'}
hits = 0


class Job:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return 'job %s at level %s' % (self.name, settings['level'])


def hit():
    global hits
    hits += 1
    return hits
