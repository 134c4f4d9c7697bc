"""_codecs: where CPython's codec functions live (pickles name them here)."""

from codecs import encode, decode, lookup, register, lookup_error, register_error  # noqa: F401
