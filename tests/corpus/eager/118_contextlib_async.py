# contextlib's async half (CPython 3.11): asynccontextmanager (values, exceptions thrown into the
# async generator, suppression, its RuntimeError texts, use as a decorator), aclosing,
# AsyncExitStack (push_async_callback, push_async_exit, enter_async_context, sync callbacks,
# aclose, suppression), nullcontext under async with, AbstractAsyncContextManager.
import asyncio
import contextlib
from contextlib import (AbstractAsyncContextManager, AsyncExitStack, aclosing, asynccontextmanager,
                        nullcontext)

@asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("close", name)

@asynccontextmanager
async def noyield():
    if False:
        yield

@asynccontextmanager
async def twice():
    yield 1
    yield 2

class Gen:
    def __init__(self):
        self.closed = False
    async def aclose(self):
        self.closed = True
        print("aclose called")

class ACM(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("ACM exit", exc[0])

async def cb(tag):
    print("async callback", tag)

async def main():
    async with resource("a") as r:
        print("inside", r)
    async with resource("b"):
        raise KeyError("k")
    print("after suppressed")
    try:
        async with resource("c"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    for cm in (noyield, twice):
        try:
            async with cm():
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)

    @resource("deco")
    async def work(x):
        print("working", x)
        return x * 2
    print(await work(21))

    g = Gen()
    async with aclosing(g) as same:
        print(same is g)
    print(g.closed)

    async with AsyncExitStack() as stack:
        stack.push_async_callback(cb, 1)
        stack.callback(print, "sync callback")
        v = await stack.enter_async_context(resource("stacked"))
        print("stacked value", v)
        async def aexit(*exc):
            print("aexit sees", exc[0])
            return False
        stack.push_async_exit(aexit)
    async with AsyncExitStack() as stack:
        async def suppress(*exc):
            print("suppressing", exc[0].__name__)
            return True
        stack.push_async_exit(suppress)
        raise ZeroDivisionError
    print("suppressed by the stack")
    stack = AsyncExitStack()
    await stack.enter_async_context(resource("manual"))
    await stack.aclose()
    try:
        async with AsyncExitStack() as s2:
            await s2.enter_async_context(5)
    except TypeError as e:
        print("TypeError:", e)
    async with nullcontext(7) as n:
        print("null", n)
    async with ACM() as a:
        print(type(a).__name__)
    class Duck:
        async def __aenter__(self): return self
        async def __aexit__(self, *a): pass
    print(issubclass(Duck, AbstractAsyncContextManager), isinstance(nullcontext(), AbstractAsyncContextManager))

asyncio.run(main())
