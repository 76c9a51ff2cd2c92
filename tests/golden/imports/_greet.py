# A helper module for the imports goldens: a print when it is executed,
# module state, functions and a class.
print('executing _greet as', __name__)

calls = 0
GREETING = 'hello'


def greet(name):
    global calls
    calls += 1
    return '%s, %s' % (GREETING, name)


class Greeter:
    def __init__(self, word):
        self.word = word

    def __call__(self, name):
        return '%s, %s!' % (self.word, name)


if __name__ == '__main__':
    print('never printed when imported')
