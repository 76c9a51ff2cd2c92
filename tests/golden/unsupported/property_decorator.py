# @property is a decorator and is not supported by gilsim
class C:
    @property
    def x(self):
        return 1
print(C().x)
# python3: skip
# expect stderr: SyntaxError: decorators are not supported
# exit: 2
