"""Conversions to and from quoted-printable transport encoding (RFC 1521)."""

__all__ = ['encode', 'decode', 'encodestring', 'decodestring']

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = None
    b2a_qp = None


def needsquoting(c, quotetabs, header):
    """Must the byte c (a bytes of length 1) be quoted?"""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The quoted form of the byte c (a bytes of length 1)."""
    assert isinstance(c, bytes) and len(c) == 1
    n = ord(c)
    return ESCAPE + bytes((HEX[n // 16], HEX[n % 16]))


def ishex(c):
    """Is the byte c (a bytes of length 1) a hexadecimal digit?"""
    assert isinstance(c, bytes)
    return b'0' <= c <= b'9' or b'a' <= c <= b'f' or b'A' <= c <= b'F'


def unhex(s):
    """The value of the hexadecimal digits in s."""
    return int(s, 16)


def _encode_line(line, quotetabs, header):
    parts = []
    for i in range(len(line)):
        c = line[i:i + 1]
        if needsquoting(c, quotetabs, header):
            parts.append(quote(c))
        elif header and c == b' ':
            parts.append(b'_')
        else:
            parts.append(c)
    return EMPTYSTRING.join(parts)


def _write_line(output, text, end):
    # whitespace at the end of a line, and a line holding only '.', are quoted
    if text[-1:] in (b' ', b'\t'):
        output.write(text[:-1] + quote(text[-1:]) + end)
    elif text == b'.':
        output.write(quote(text) + end)
    else:
        output.write(text + end)


def _encode_lines(input, output, quotetabs, header):
    while True:
        line = input.readline()
        if not line:
            break
        end = b''
        if line[-1:] == b'\n':
            line = line[:-1]
            end = b'\n'
        text = _encode_line(line, quotetabs, header)
        # soft line breaks: '=' ends every piece but the last
        while len(text) > MAXLINESIZE:
            cut = MAXLINESIZE - 1
            # never split an escape
            for back in (1, 2):
                if text[cut - back:cut - back + 1] == ESCAPE:
                    cut -= back
                    break
            output.write(text[:cut] + b'=\n')
            text = text[cut:]
        _write_line(output, text, end)


def encode(input, output, quotetabs, header=False):
    """Read binary file input, write its quoted-printable form to output.

    quotetabs says whether embedded spaces and tabs are quoted; header
    encodes spaces as underscores, as RFC 1522 wants for headers.
    """
    if b2a_qp is not None:
        output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))
        return
    _encode_lines(input, output, quotetabs, header)


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of the bytes s."""
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    from io import BytesIO
    infp = BytesIO(s)
    outfp = BytesIO()
    encode(infp, outfp, quotetabs, header)
    return outfp.getvalue()


def _decode_line(line, header):
    """The bytes of one encoded line, and whether it ends in a soft break."""
    out = bytearray()
    n = len(line)
    i = 0
    while i < n:
        c = line[i:i + 1]
        if c == b'_' and header:
            out += b' '
            i += 1
        elif c != ESCAPE:
            out += c
            i += 1
        elif i + 1 == n:
            return bytes(out), True
        elif line[i + 1:i + 2] == ESCAPE:
            out += ESCAPE
            i += 2
        elif i + 2 < n + 0 and ishex(line[i + 1:i + 2]) and ishex(line[i + 2:i + 3]):
            out.append(unhex(line[i + 1:i + 3]))
            i += 3
        else:
            out += c
            i += 1
    return bytes(out), False


def decode(input, output, header=False):
    """Read quoted-printable binary file input, write the decoded bytes to output.

    header decodes underscores as spaces, as RFC 1522 wants for headers.
    """
    if a2b_qp is not None:
        output.write(a2b_qp(input.read(), header=header))
        return
    pending = b''
    while True:
        line = input.readline()
        if not line:
            break
        whole = line[-1:] == b'\n'
        if whole:
            line = line.rstrip(b' \t\r\n')
        text, soft = _decode_line(line, header)
        pending += text
        if whole and not soft:
            output.write(pending + b'\n')
            pending = b''
    if pending:
        output.write(pending)


def decodestring(s, header=False):
    """The bytes whose quoted-printable form is s."""
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    from io import BytesIO
    infp = BytesIO(s)
    outfp = BytesIO()
    decode(infp, outfp, header=header)
    return outfp.getvalue()


def main():
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    deco = False
    tabs = False
    for o, a in opts:
        if o == '-t':
            tabs = True
        if o == '-d':
            deco = True
    if tabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    if not args:
        args = ['-']
    status = 0
    for name in args:
        if name == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, 'rb')
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if name != '-':
                fp.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
