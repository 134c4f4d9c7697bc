print("from mod_b.py")
