"""_codecs: where CPython's codec functions live (pickles name them here)."""

from codecs import (  # noqa: F401
    encode, decode, lookup, register, unregister, lookup_error, register_error,
    charmap_build, charmap_encode, charmap_decode,
    utf_8_encode, utf_8_decode, latin_1_encode, latin_1_decode,
    ascii_encode, ascii_decode, unicode_escape_encode, unicode_escape_decode,
    raw_unicode_escape_encode, raw_unicode_escape_decode,
    utf_16_encode, utf_16_decode, utf_16_le_encode, utf_16_le_decode,
    utf_16_be_encode, utf_16_be_decode, utf_32_encode, utf_32_decode,
    utf_32_le_encode, utf_32_le_decode, utf_32_be_encode, utf_32_be_decode)
