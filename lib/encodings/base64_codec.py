"""base64: bytes to MIME base64 lines and back."""

import base64
from encodings._bytes_codec import codec_entry


def getregentry():
    return codec_entry('base64', base64.encodebytes, base64.decodebytes)
