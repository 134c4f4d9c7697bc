"""cp1026: a one-byte charmap codec (table generated from CPython's)."""

from encodings._charmap import codec_entry

TABLE = (
    '\x00\x01\x02\x03\x9c\x09\x86\x7f\x97\x8d\x8e\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x9d\x85\x08\x87\x18\x19\x92\x8f\x1c\x1d\x1e\x1f'
    '\x80\x81\x82\x83\x84\x0a\x17\x1b\x88\x89\x8a\x8b\x8c\x05\x06\x07\x90\x91\x16\x93\x94\x95\x96\x04\x98\x99\x9a\x9b\x14\x15\x9e\x1a'
    '  âäàáãå{ñÇ.<(+!&éêëèíîïìßĞİ*);^'
    '-/ÂÄÀÁÃÅ[Ñş,%_>?øÉÊËÈÍÎÏÌı:ÖŞ\'=Ü'
    'Øabcdefghi«»}`¦±°jklmnopqrªºæ¸Æ¤'
    'µöstuvwxyz¡¿]$@®¢£¥·©§¶¼½¾¬|¯¨´×'
    'çABCDEFGHI\xadô~òóõğJKLMNOPQR¹û\\ùúÿ'
    'ü÷STUVWXYZ²Ô#ÒÓÕ0123456789³Û"ÙÚ\x9f'
)


def getregentry():
    return codec_entry('cp1026', TABLE)
