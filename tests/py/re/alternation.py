import re
print(re.findall(r'cat|dog|bird', 'dog cat fish bird'), re.match(r'a|ab|abc', 'abc'), re.match(r'(?:a|ab)c', 'abc'))
print(re.match(r'(a|b|)+', 'abab').groups(), re.findall(r'x(?:1|22|333)y', 'x1y x22y x4y x333y'))
print(re.match(r'|a', 'a'), re.match(r'a|', 'b'), re.fullmatch(r'(?:ab|a)(?:bc|c)', 'abc'))
print(re.search(r'(foo|foobar)baz', 'foobarbaz').groups(), re.match(r'(a)|(b)|(c)', 'c').groups())
print(re.split(r'(?:,|;)\s*', 'a, b;c'), re.sub(r'red|green', 'color', 'red, green, blue'))
