from __future__ import annotations
a: f"{x}"
b: f'{d["k"]}'
c: f"{x!r:>{w}} and {{braces}} {y:%}"
d: f"{ {1: 2} }"
e: f'{x=}'
g: f"{'a' 'b'}"
h: f"{a + b:{'x'}}"
print(__annotations__)
