# Tokenizer and recursive-descent calculator for arithmetic strings
class CalcError(Exception):
    pass
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(("op", ch))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value
    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        kind, val = self.take()
        if val == "-":
            return -self.unary()
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise CalcError("expected )")
            return v
        if kind == "num":
            return val
        raise CalcError(f"unexpected token {val!r}")
def calc(src):
    p = Parser(tokenize(src))
    v = p.expr()
    if p.pos != len(p.tokens):
        raise CalcError("trailing input")
    return v
print(tokenize("3 + 4.5*(2)"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 3 + 7",
            "2 ^ 100", "1.5 * 4", "((7))", "8 / 0", "3 + ", "4 $ 4", "1 2", "-(-(3))"]:
    try:
        print(f"{src!r:>14} = {calc(src)}")
    except CalcError as e:
        print(f"{src!r:>14} ! {e}")
    except ZeroDivisionError as e:
        print(f"{src!r:>14} ! {type(e).__name__}: {e}")

# expect: [('num', 3), ('op', '+'), ('num', 4.5), ('op', '*'), ('op', '('), ('num', 2), ('op', ')')]
# expect:    '1 + 2 * 3' = 7
# expect:  '(1 + 2) * 3' = 9
# expect:    '2 ^ 3 ^ 2' = 512
# expect:       '-2 ^ 2' = 4
# expect:       '10 / 4' = 2.5
# expect:   '10 % 3 + 7' = 8
# expect:      '2 ^ 100' = 1267650600228229401496703205376
# expect:      '1.5 * 4' = 6.0
# expect:        '((7))' = 7
# expect:        '8 / 0' ! ZeroDivisionError: division by zero
# expect:         '3 + ' ! unexpected token None
# expect:        '4 $ 4' ! unexpected character '$' at 2
# expect:          '1 2' ! trailing input
# expect:      '-(-(3))' = 3
