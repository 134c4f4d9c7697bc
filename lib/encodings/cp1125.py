"""cp1125: a one-byte charmap codec (table generated from CPython's)."""

from encodings._charmap import ASCII, codec_entry

TABLE = ASCII + (
    'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'
    'абвгдежзийклмноп░▒▓│┤╡╢╖╕╣║╗╝╜╛┐'
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀'
    'рстуфхцчшщъыьэюяЁёҐґЄєІіЇї·√№¤■ '
)


def getregentry():
    return codec_entry('cp1125', TABLE)
