"""zlib: bytes compressed with zlib and back."""

import zlib
from encodings._bytes_codec import codec_entry


def getregentry():
    return codec_entry('zlib', zlib.compress, zlib.decompress)
