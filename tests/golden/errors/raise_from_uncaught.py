# Uncaught chained exception: only the final exception is the last line
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse config") from e
parse("oops")

# expect stderr: Traceback (most recent call last):
# expect stderr: RuntimeError: could not parse config
# exit: 1
