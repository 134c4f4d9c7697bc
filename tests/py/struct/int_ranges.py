import struct
for o in '<>!=@':
  for c in 'bBhHqQlLiInNP':
    for v in (2**64, 2**63, -2**63-1, -1, 2**32, 1.5, 300, -300, 70000, 0):
      try: r=struct.pack(o+c,v)
      except Exception as e: r=type(e).__name__+' '+str(e)
      print(o+c, v, r)
