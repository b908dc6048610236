# torch.fx.experimental.symbolic_shapes, as programs see it: the ShapeEnv itself is C++
# (core/fx/experimental/symbolic_shapes.cpp); these are the exceptions it raises.


class GuardOnDataDependentSymNode(RuntimeError):
    pass


class ConstraintViolationError(RuntimeError):
    pass
