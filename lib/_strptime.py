"""strptime for the time and datetime modules.

The parser itself lives in datetime (_strptime, _strptime_datetime); this
module gives it the names CPython's time and datetime use.
"""

import time as _time


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    return datetime._strptime_datetime(cls, data_string, format)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse data_string with format into a time.struct_time."""
    import datetime
    fields, tz = datetime._strptime(data_string, format)
    year, month, day, hour, minute, second = fields[:6]
    d = datetime.date(year, month, day)
    isdst = -1
    return _time.struct_time((year, month, day, hour, minute, second,
                              d.weekday(), d.timetuple().tm_yday, isdst))
