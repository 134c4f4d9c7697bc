"""cp720: a one-byte charmap codec (table generated from CPython's)."""

from encodings._charmap import ASCII, codec_entry

TABLE = ASCII + (
    '\x80\x81éâ\x84à\x86çêëèïî\x8d\x8e\x8f\x90ّْô¤ـûùءآأؤ£إئا'
    'بةتثجحخدذرزسشص«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐'
    '└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀'
    'ضطظعغفµقكلمنهوىي≡ًٌٍَُِ≈°∙·√ⁿ²■ '
)


def getregentry():
    return codec_entry('cp720', TABLE)
