# logging, reduced to the level constants programs pass around (torch._logging.set_logs(dynamo=
# logging.DEBUG)). Mirrors CPython's Lib/logging/__init__.py constants.
CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0
