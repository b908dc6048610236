# numbers (CPython 3.11's Lib/numbers.py, PEP 3141): the numeric abstract base classes, their
# abstract methods (so instantiating an incomplete subclass names the same methods) and the
# derived methods, with the built-in types registered as CPython registers them: complex is
# Complex, float Real, int Integral (and so bool).
from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract(*names):
    # Methods that only declare the protocol: each raises NotImplementedError if called.
    def make(name):
        def method(self, *args):
            raise NotImplementedError
        method.__name__ = name
        return abstractmethod(method)

    return {name: make(name) for name in names}


def _abstract_properties(*names):
    def make(name):
        def getter(self):
            raise NotImplementedError
        getter.__name__ = name
        return property(abstractmethod(getter))

    return {name: make(name) for name in names}


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None


class Complex(Number):
    __slots__ = ()
    locals().update(_abstract("__complex__", "__add__", "__radd__", "__neg__", "__pos__", "__mul__", "__rmul__",
                              "__truediv__", "__rtruediv__", "__pow__", "__rpow__", "__abs__", "conjugate",
                              "__eq__"))
    locals().update(_abstract_properties("real", "imag"))

    def __bool__(self):
        return self != 0

    def __sub__(self, other):
        return self + -other

    def __rsub__(self, other):
        return -self + other


Complex.register(complex)


class Real(Complex):
    __slots__ = ()
    locals().update(_abstract("__float__", "__trunc__", "__floor__", "__ceil__", "__round__", "__floordiv__",
                              "__rfloordiv__", "__mod__", "__rmod__", "__lt__", "__le__"))

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    __slots__ = ()
    locals().update(_abstract_properties("numerator", "denominator"))

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    __slots__ = ()
    locals().update(_abstract("__int__", "__pow__", "__lshift__", "__rlshift__", "__rshift__", "__rrshift__",
                              "__and__", "__rand__", "__xor__", "__rxor__", "__or__", "__ror__", "__invert__"))

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
