"""cp1256: a one-byte charmap codec (table generated from CPython's)."""

from encodings._charmap import ASCII, codec_entry

TABLE = ASCII + (
    '€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ‘’“”•–—ک™ڑ›œ‌‍ں'
    ' ،¢£¤¥¦§¨©ھ«¬\xad®¯°±²³´µ¶·¸¹؛»¼½¾؟'
    'ہءآأؤإئابةتثجحخدذرزسشصض×طظعغـفقك'
    'àلâمنهوçèéêëىيîïًٌٍَôُِ÷ّùْûü‎‏ے'
)


def getregentry():
    return codec_entry('cp1256', TABLE)
