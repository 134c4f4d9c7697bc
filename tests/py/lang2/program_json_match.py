class Tok:
    __match_args__ = ('kind', 'val')
    def __init__(self, kind, val): self.kind, self.val = kind, val
    def __repr__(self): return f'Tok({self.kind!r}, {self.val!r})'
def lex(s):
    i = 0
    while i < len(s):
        c = s[i]
        if c.isspace(): i += 1; continue
        if c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'): j += 1
            yield Tok('num', float(s[i:j]) if '.' in s[i:j] else int(s[i:j])); i = j; continue
        if c == '"':
            j = s.index('"', i + 1)
            yield Tok('str', s[i+1:j]); i = j + 1; continue
        if c.isalpha():
            j = i
            while j < len(s) and s[j].isalpha(): j += 1
            yield Tok('word', s[i:j]); i = j; continue
        yield Tok('punct', c); i += 1
class Parser:
    def __init__(self, toks):
        self.toks = list(toks); self.i = 0
    def peek(self): return self.toks[self.i] if self.i < len(self.toks) else None
    def take(self):
        t = self.peek(); self.i += 1; return t
    def value(self):
        match self.take():
            case Tok('num' | 'str', v): return v
            case Tok('word', 'true'): return True
            case Tok('word', 'false'): return False
            case Tok('word', 'null'): return None
            case Tok('punct', '['):
                out = []
                while not (self.peek().kind == 'punct' and self.peek().val == ']'):
                    out.append(self.value())
                    if self.peek().val == ',': self.take()
                self.take(); return out
            case Tok('punct', '{'):
                out = {}
                while self.peek().val != '}':
                    k = self.value(); assert self.take().val == ':'
                    out[k] = self.value()
                    if self.peek().val == ',': self.take()
                self.take(); return out
            case t:
                raise SyntaxError(f'unexpected {t!r}')
def dump(v, indent=0):
    pad = '  ' * indent
    match v:
        case dict():
            items = [f'{pad}  {k!r}: {dump(x, indent + 1).lstrip()}' for k, x in v.items()]
            return pad + '{\n' + ',\n'.join(items) + '\n' + pad + '}'
        case list():
            return pad + '[' + ', '.join(dump(x).strip() for x in v) + ']'
        case bool() | None:
            return pad + {True: 'true', False: 'false', None: 'null'}[v]
        case _:
            return pad + repr(v)
doc = '{"a": [1, 2.5, "x"], "b": {"c": true, "d": null}, "e": false}'
v = Parser(lex(doc)).value()
print(v)
print(dump(v))
try:
    Parser(lex('{"a" 1}')).value()
except AssertionError:
    print('assertion')
try:
    Parser(lex(')')).value()
except SyntaxError as e:
    print(e)
from_counts = {}
for w in "the cat and the hat and the bat".split():
    from_counts[w] = from_counts.get(w, 0) + 1
print(sorted(from_counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(from_counts, key=from_counts.get), sum(from_counts.values()))
