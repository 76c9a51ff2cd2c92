# The real backend does not decide its switches: --explore refuses it.
# args: --backend=real --explore
# python3: skip
# exit: 2
# expect stderr: --explore needs the virtual backend
print("never runs")
