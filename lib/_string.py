"""_string: the parsers behind str.format, for string.Formatter."""

from string import _parse_format, _split_field_name


def formatter_parser(format_string):
    """Iterate over (literal, field_name, format_spec, conversion)."""
    if not isinstance(format_string, str):
        raise TypeError('expected str, got %s' % type(format_string).__name__)
    return iter(list(_parse_format(format_string)))


def formatter_field_name_split(field_name):
    """(first, iterator of (is_attribute, key)) of a field name."""
    if not isinstance(field_name, str):
        raise TypeError('expected str, got %s' % type(field_name).__name__)
    first, rest = _split_field_name(field_name)
    return first, iter(rest)
