# match statements are not supported by gilsim
x = 3
match x:
    case 3:
        print("three")
    case _:
        print("other")
# python3: skip
# expect stderr: SyntaxError: 'match' statements are not supported
# exit: 2
