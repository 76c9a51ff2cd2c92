# `# args:` passes options to gilsim; `# exit:` expects a status.
# args: --switch-interval=1ms --seed=7
import sys

print("leaving with 3")
sys.exit(3)

# expect: leaving with 3
# exit: 3
