"""hex: bytes to their hexadecimal digits and back."""

import binascii
from encodings._bytes_codec import codec_entry


def getregentry():
    return codec_entry('hex', binascii.b2a_hex, binascii.a2b_hex)
