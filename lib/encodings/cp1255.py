"""cp1255: a one-byte charmap codec (table generated from CPython's)."""

from encodings._charmap import ASCII, codec_entry

TABLE = ASCII + (
    '€\ufffe‚ƒ„…†‡ˆ‰\ufffe‹\ufffe\ufffe\ufffe\ufffe\ufffe‘’“”•–—˜™\ufffe›\ufffe\ufffe\ufffe\ufffe'
    ' ¡¢£₪¥¦§¨©×«¬\xad®¯°±²³´µ¶·¸¹÷»¼½¾¿'
    'ְֱֲֳִֵֶַָֹ\ufffeֻּֽ־ֿ׀ׁׂ׃װױײ׳״\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe\ufffe'
    'אבגדהוזחטיךכלםמןנסעףפץצקרשת\ufffe\ufffe‎‏\ufffe'
)


def getregentry():
    return codec_entry('cp1255', TABLE)
