# from __future__ imports: only at the top, only known features.
for src in ["x=1\nfrom __future__ import annotations",
            "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import division",
            "from __future__ import (braces)", "from __future__ import annotations as a, nope",
            "def f():\n    from __future__ import annotations",
            "import os\nfrom __future__ import division",
            "from __future__ import generator_stop, nested_scopes\nx = 1",
            "'doc'\n'another'\nfrom __future__ import annotations"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
ns = {}
exec("from __future__ import annotations\ndef f(x: undefined_name) -> List[int]: pass\n", ns)
print(ns['f'].__annotations__)
