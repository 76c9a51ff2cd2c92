# Bank accounts with custom exceptions and inheritance
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, needed):
        super().__init__(f"insufficient funds: need {needed:.2f} more")
        self.needed = needed
class AccountLocked(BankError):
    pass
class Account:
    interest = 0.0
    next_id = 1
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.locked = False
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1
    def _check(self):
        if self.locked:
            raise AccountLocked(f"account {self.id} is locked")
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def add_interest(self):
        gained = round(self.balance * self.interest, 2)
        self.balance += gained
        return gained
    def __str__(self):
        return f"#{self.id} {self.owner:<6} {self.balance:>10.2f}"
class Savings(Account):
    interest = 0.025
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise BankError("savings: withdrawal limit reached")
        super().withdraw(amount)
def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except BankError as e:
        print(f"transfer failed: {e}")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  transfer {amount} from #{src.id} to #{dst.id} attempted")
alice = Account("alice", 100)
bob = Savings("bob", 1000)
print(alice)
print(bob)
print(transfer(alice, bob, 30))
print(transfer(alice, bob, 500))
for amt in [10, 20, 30]:
    transfer(bob, alice, amt)
print("interest:", bob.add_interest())
alice.locked = True
try:
    alice.deposit(5)
except AccountLocked as e:
    print("locked:", e)
try:
    bob.deposit(-1)
except ValueError as e:
    print("value error:", e)
try:
    alice.withdraw(10 ** 6)
except InsufficientFunds as e:
    print(type(e).__name__, e.needed)
except AccountLocked as e:
    print("still locked:", e)
for acct in [alice, bob]:
    print(acct, acct.history)

# expect: #1 alice      100.00
# expect: #2 bob       1000.00
# expect:   transfer 30 from #1 to #2 attempted
# expect: True
# expect: transfer failed: insufficient funds: need 430.00 more
# expect:   transfer 500 from #1 to #2 attempted
# expect: False
# expect:   transfer 10 from #2 to #1 attempted
# expect:   transfer 20 from #2 to #1 attempted
# expect: transfer failed: savings: withdrawal limit reached
# expect:   transfer 30 from #2 to #1 attempted
# expect: interest: 25.0
# expect: locked: account 1 is locked
# expect: value error: deposit must be positive
# expect: still locked: account 1 is locked
# expect: #1 alice      100.00 [('withdraw', 30), ('deposit', 10), ('deposit', 20)]
# expect: #2 bob       1025.00 [('deposit', 30), ('withdraw', 10), ('withdraw', 20)]
