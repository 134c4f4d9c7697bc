# a small program: a tokenizer and recursive-descent evaluator using generators,
# match, dataclass-like classes, exceptions and closures together
class Token:
    __match_args__ = ('kind', 'text')
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f'Token({self.kind!r}, {self.text!r})'

class ParseError(Exception):
    pass

def tokens(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            yield Token('num', src[i:j])
            i = j
            continue
        if c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield Token('name', src[i:j])
            i = j
            continue
        if c in '+-*/()^,':
            yield Token('op', c)
            i += 1
            continue
        raise ParseError(f'bad character {c!r} at {i}')
    yield Token('end', '')

def parser(src, env):
    stream = tokens(src)
    cur = next(stream)
    def advance():
        nonlocal cur
        prev, cur = cur, next(stream)
        return prev
    def expect(text):
        if cur.text != text:
            raise ParseError(f'expected {text!r}, got {cur!r}')
        advance()
    def atom():
        match cur:
            case Token('num', text):
                advance()
                return float(text) if '.' in text else int(text)
            case Token('name', name):
                advance()
                if cur.text == '(':
                    advance()
                    args = [expr()]
                    while cur.text == ',':
                        advance()
                        args.append(expr())
                    expect(')')
                    return env[name](*args)
                try:
                    return env[name]
                except KeyError:
                    raise ParseError(f'unknown name {name}') from None
            case Token('op', '('):
                advance()
                v = expr()
                expect(')')
                return v
            case Token('op', '-'):
                advance()
                return -atom()
            case other:
                raise ParseError(f'unexpected {other!r}')
    def power():
        base = atom()
        if cur.text == '^':
            advance()
            return base ** power()
        return base
    def term():
        v = power()
        while cur.text in ('*', '/'):
            op = advance().text
            rhs = power()
            v = v * rhs if op == '*' else v / rhs
        return v
    def expr():
        v = term()
        while cur.text in ('+', '-'):
            op = advance().text
            rhs = term()
            v = v + rhs if op == '+' else v - rhs
        return v
    result = expr()
    if cur.kind != 'end':
        raise ParseError(f'trailing {cur!r}')
    return result

env = {'pi': 3.0, 'max': max, 'min': min, 'sq': lambda x: x * x}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-sq(3) + max(1, 7, 4)', '10 / 4',
            'pi * 2', '1 +', 'foo + 1', '3 $ 4', 'min(2, (1)', '2 3']:
    try:
        print(f'{src:>22} = {parser(src, env)}')
    except ParseError as e:
        print(f'{src:>22} ! {e} (context suppressed: {e.__suppress_context__})')
    except ZeroDivisionError as e:
        print(src, 'zero', e)
print(list(tokens('a1 + 2.5'))[:3])
