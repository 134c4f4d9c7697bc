from . import NAME
VALUE = NAME + ".sub"
