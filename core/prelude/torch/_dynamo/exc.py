# Dynamo's exception classes, as the user sees them. Mirrors torch/_dynamo/exc.py.


class TorchDynamoException(RuntimeError):
    pass


class InternalTorchDynamoError(TorchDynamoException):
    pass


class Unsupported(TorchDynamoException):
    pass


class IncorrectUsage(Exception):
    pass


class UnsafeScriptObjectError(TorchDynamoException):
    pass


class TorchRuntimeError(TorchDynamoException):
    pass


class InvalidBackend(TorchDynamoException):
    pass


class BackendCompilerFailed(TorchDynamoException):
    pass


class RecompileLimitExceeded(Unsupported):
    pass


class UserError(Unsupported):
    pass


# Raised by the ShapeEnv and re-raised by Dynamo unchanged.
from torch.fx.experimental.symbolic_shapes import ConstraintViolationError  # noqa: E402


class ObservedException(TorchDynamoException):
    pass
