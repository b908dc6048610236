# Async generators: async for and async comprehensions over them, an async generator expression,
# __anext__/asend/athrow/aclose, StopAsyncIteration when exhausted (core/prelude/_asyncgen.py).
import asyncio


async def agen(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0.001)
    yield 'end'


async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print('echo closed', received)


async def main():
    r = [i async for i in agen(3)]
    d = {i: i * i async for i in agen(2) if i != 'end'}
    g = (x * 2 async for x in agen(2) if x != 'end')
    print(type(g).__name__, [v async for v in g])
    total = []
    async for v in agen(2):
        total.append(v)
    e = echo()
    print(await e.__anext__(), await e.asend('a'), await e.asend('b'))
    await e.aclose()
    a = agen(5)
    print(await a.__anext__())
    try:
        await a.athrow(ValueError('boom'))
    except ValueError as ex:
        print('athrow', ex)
    try:
        await a.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    return r, d, total


print(asyncio.run(main()))
print(type(agen(1)).__name__)
