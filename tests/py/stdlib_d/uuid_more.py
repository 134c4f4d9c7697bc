import uuid
u = uuid.UUID(int=(1 << 128) - 1)
print(u, u.variant, u.version, u.fields, u.time, u.clock_seq, u.hex.upper())
for v in range(1, 6):
    x = uuid.UUID(int=0, version=v)
    print(v, x, x.version, x.variant)
print(uuid.UUID('12345678123456781234567812345678') == uuid.UUID('{12345678-1234-5678-1234-567812345678}'), uuid.UUID(hex='00010203-0405-0607-0809-0a0b0c0d0e0f').bytes_le)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= a, b > a, a != b, a == 1, int(a), str(uuid.UUID(bytes=bytes(range(16)))), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
for kw in [{'fields': (1, 2, 3)}, {'fields': (1 << 32, 0, 0, 0, 0, 0)}, {'int': 0, 'version': 9}, {'bytes_le': b'short'}, {'hex': 'g' * 32}]:
    try:
        print(uuid.UUID(**kw))
    except ValueError as e:
        print('ValueError', e)
print(uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'), uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'), uuid.NAMESPACE_URL.urn)
print(uuid.uuid4().variant == uuid.RFC_4122, len({uuid.uuid4() for _ in range(20)}), uuid.uuid1().variant)
