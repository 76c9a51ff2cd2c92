# A helper whose body counts how often it was executed (in builtins, which
# outlive the module).
import builtins
builtins.counter_runs = getattr(builtins, 'counter_runs', 0) + 1
value = builtins.counter_runs
