import abc

class A(abc.ABC):
    pass

class B:
    pass

t0 = abc.get_cache_token()
print(type(t0).__name__)
print(issubclass(B, A))
A.register(B)
t1 = abc.get_cache_token()
print(t1 != t0)
print(issubclass(B, A), isinstance(B(), A))
# registering a class that is already a subclass changes nothing
A.register(B)
print(abc.get_cache_token() == t1)

class C:
    pass

class D(abc.ABC):
    pass

print(issubclass(C, D))
A.register(C)
print(abc.get_cache_token() != t1)
print(issubclass(C, A), issubclass(C, D))
D.register(C)
print(issubclass(C, D))
