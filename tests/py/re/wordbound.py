import re
s = "Hello, world! It's 42 o'clock_now."
print(re.findall(r'\b\w+\b', s), re.findall(r'\B\w\B', 'abc de'), re.findall(r"\b[a-z]", s))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'\B', '-', 'abc'), re.findall(r'\bé', 'é é', re.A))
print(re.findall(rb'\b\w+\b', b'ab cd_e \xe9f'))
print(re.search(r'\b', 'a').span(), re.search(r'\B', 'a'), re.search(r'\B', ' ').span())
