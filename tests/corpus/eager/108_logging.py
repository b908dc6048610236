# logging (CPython 3.11): the lastResort handler for an unconfigured logger (warnings and above,
# the bare message on stderr), basicConfig (level, format, stream, style, force, no second
# configuration), the logger hierarchy (getLogger names, parents, propagation, effective levels,
# disabled), levels (getLevelName both ways, addLevelName), handlers (StreamHandler on sys.stdout,
# levels, filters, Formatter fields %(name)s %(levelname)s %(levelno)d %(message)s %(funcName)s
# %(lineno)d %(module)s %(filename)s, {} and $ styles), the module-level functions,
# Logger.exception with its traceback, logging.disable, LoggerAdapter, and %-args / args dicts.
import logging
import sys

log = logging.getLogger("app")
log.warning("unconfigured %s", "warning")
log.info("dropped: level WARNING from the root")
logging.getLogger("app.db").error("error via lastResort")
print(log.name, log.level, log.getEffectiveLevel(), log.parent is logging.getLogger(), log.propagate)
print(logging.getLogger().name, logging.root is logging.getLogger(), logging.getLogger("root") is logging.root)
print(repr(log), repr(logging.getLogger()), repr(logging.getLogger("app.db")))
print(log.handlers, logging.root.handlers, log.hasHandlers(), logging.lastResort.level)

print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL,
      logging.FATAL, logging.NOTSET)
print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName(0), logging.getLevelName(15))
print(logging.getLevelName("INFO"), logging.getLevelName("NOPE"), logging.getLevelName("WARN"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.basicConfig(level=logging.ERROR, format="ignored %(message)s")
print(logging.root.level, len(logging.root.handlers), type(logging.root.handlers[0]).__name__)
log.debug("debug now shown %d", 1)
log.info("info %s %s", "with", "args")
log.log(25, "custom level")
log.warning("dict arg %(a)s", {"a": 1})
logging.info("root info")
logging.warning("root %s", "warning")
logging.debug("root debug")
logging.error("root error")
logging.critical("root critical")
logging.log(logging.INFO, "root log")

child = logging.getLogger("app.child.leaf")
print(child.parent.name, child.getEffectiveLevel(), logging.getLogger("app.child").parent.name)
log.setLevel(logging.WARNING)
print(log.level, child.getEffectiveLevel(), child.isEnabledFor(logging.INFO), child.isEnabledFor(40))
child.info("blocked by app's level")
child.warning("passes app's level")
print(repr(log), repr(child))
print(logging.getLogger("app").getChild("child.leaf") is child)

out = logging.StreamHandler(sys.stdout)
fmt = logging.Formatter("[%(name)s|%(levelname)s|%(levelno)d|%(funcName)s|%(lineno)d|%(module)s|%(filename)s] %(message)s")
out.setFormatter(fmt)
svc = logging.getLogger("svc")
svc.addHandler(out)
svc.setLevel(logging.DEBUG)

def work():
    svc.info("from work")
work()
svc.debug("at module level")
svc.propagate = False
svc.info("not propagated")
print(svc.handlers == [out], svc.hasHandlers(), repr(out))
out.setLevel(logging.ERROR)
svc.warning("below the handler's level")
svc.error("at the handler's level")
out.setLevel(logging.NOTSET)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.msg.count("x") % 2 == 1
svc.addFilter(OnlyOdd())
svc.info("x")
svc.info("xx")
svc.filters.clear()
out.addFilter(lambda record: "secret" not in record.getMessage())
svc.info("secret stuff")
svc.info("public stuff")
out.filters.clear()
nf = logging.Filter("svc.a")
print(nf.filter(logging.LogRecord("svc.a.b", 10, "f", 1, "m", None, None)),
      nf.filter(logging.LogRecord("svc.ab", 10, "f", 1, "m", None, None)))

out.setFormatter(logging.Formatter("{levelname:<8}{name}: {message}", style="{"))
svc.warning("brace style")
out.setFormatter(logging.Formatter("$levelname $name: $message", style="$"))
svc.warning("dollar style")
out.setFormatter(logging.Formatter())
svc.warning("default formatter")
out.setFormatter(logging.Formatter("%(levelname)s %(message)s"))

def failing():
    try:
        1 / 0
    except ZeroDivisionError:
        svc.exception("it failed: %s", "details")
failing()
try:
    raise KeyError("k")
except KeyError:
    svc.error("with exc_info", exc_info=True)
svc.warning("stack", stack_info=False)

rec = logging.LogRecord("n", logging.INFO, "/p/file.py", 7, "msg %s", ("a",), None, func="fn")
print(rec.getMessage(), rec.name, rec.levelname, rec.levelno, rec.pathname, rec.filename,
      rec.module, rec.lineno, rec.funcName, rec.args, rec.exc_info)
print(repr(rec))
print(logging.Formatter("%(message)s!").format(rec), logging.Formatter("%(name)s").format(rec))
rec2 = logging.makeLogRecord({"msg": "made", "levelno": 30, "custom": 1})
print(rec2.getMessage(), rec2.levelno, rec2.custom, rec2.levelname, rec2.name)

adapter = logging.LoggerAdapter(svc, {"user": "ann"})
adapter.warning("adapter says %s", "hi")
print(adapter.logger is svc, adapter.extra, adapter.isEnabledFor(10), adapter.getEffectiveLevel())
svc.warning("extra field", extra={"user": "bob"})

logging.disable(logging.WARNING)
svc.warning("disabled")
svc.error("error passes disable(WARNING)")
print(svc.isEnabledFor(30), logging.root.manager.disable)
logging.disable()
svc.critical("critical disabled too")
logging.disable(logging.NOTSET)
svc.warning("enabled again")

svc.disabled = True
svc.error("logger disabled")
svc.disabled = False
svc.removeHandler(out)
svc.propagate = True
svc.warning("through root's handler now")
print(svc.handlers)

logging.basicConfig(format="forced %(levelname)s %(message)s", stream=sys.stdout, force=True, level=logging.INFO)
logging.info("after force")
logging.debug("debug hidden after force")
print(logging.root.level)

h = logging.StreamHandler()
print(h.stream is sys.stderr, h.level, h.formatter, h.name, repr(h))
h.setFormatter(logging.Formatter("stderr handler: %(message)s"))
logging.getLogger("to_err").addHandler(h)
logging.getLogger("to_err").propagate = False
logging.getLogger("to_err").warning("goes to stderr")

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: log.setLevel("BOGUS"))
err(lambda: log.setLevel(None))
err(lambda: logging.Formatter("%(message)s", style="x"))
log.setLevel("INFO")
print(log.level)
logging.getLogger("bad").warning("%s and %d", "args", 3)
print("end")
