# Uncaught custom exception with a message
class InsufficientFunds(Exception):
    pass
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount
print(withdraw(100, 30))
withdraw(10, 25)

# expect: 70
# expect stderr: Traceback (most recent call last):
# expect stderr: InsufficientFunds: need 15 more
# exit: 1
