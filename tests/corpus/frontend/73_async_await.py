# Coroutines run by asyncio.run: await, async for over a class with __aiter__/__anext__, async with,
# await inside a list comprehension, gather/create_task/wait_for on the event loop's virtual clock,
# and the TypeErrors of iterating a coroutine and awaiting an int.
import asyncio


async def g(x):
    await asyncio.sleep(0)
    return x * 2


class CM:
    async def __aenter__(self):
        print('enter')
        return self

    async def __aexit__(self, *exc):
        print('exit', exc[0])
        return False


class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0.001)
        return self.i


async def worker(name, delay, log):
    for i in range(3):
        await asyncio.sleep(delay)
        log.append((name, i, asyncio.get_running_loop().time()))
    return name


async def main():
    y = await g(3)
    total = 0
    async for v in Ticker(4):
        total += v
    else:
        total += 100
    async with CM() as cm:
        print(type(cm).__name__)
    s = [await g(i) for i in range(3)]
    try:
        async with CM():
            raise ValueError('x')
    except ValueError as e:
        print('caught', e)
    log = []
    r = await asyncio.gather(worker('a', 0.5, log), worker('b', 0.2, log))  # 100 ms margins: CPython's real clock
    print(r, [(n, i) for n, i, t in log])
    t = asyncio.create_task(g(10))
    print(await t, t.done())
    try:
        await asyncio.wait_for(asyncio.sleep(5), timeout=0.01)
    except asyncio.TimeoutError:
        print('timeout')
    return y, total, s


print(asyncio.run(main()))
c = g(1)
print(type(c).__name__, repr(c)[:20])
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
c.close()
async def bad():
    await 3
try:
    asyncio.run(bad())
except TypeError as e:
    print(e)
