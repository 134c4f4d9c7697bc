import os.path
print(type(os).__name__, type(os.path).__name__)
import os.path as osp
print(osp is os.path)
from os import path as p2
print(p2 is osp)
