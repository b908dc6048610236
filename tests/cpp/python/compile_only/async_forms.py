# async def / await / async for / async with / async comprehensions, compiled exactly as CPython 3.11.
async def f(x, b, c, e):
    y = await g(x)
    async for a in b:
        print(a)
        if a:
            break
        continue
    else:
        print(0)
    async with c as d, e:
        return d
    async with c:
        pass
    r = [i async for i in e if i async for j in i]
    s = {await g(i) for i in range(3)}
    t = (i async for i in e)
    u = {k: v async for k, v in e}
    return y ** 2, await x ** await y, -await x


async def agen(n):
    for i in range(n):
        yield i
        await g(i)
    yield
    return


async def ret_in_with(c):
    async with c:
        return await c


async def nested():
    return [[j async for j in i] for i in x]


def outer():
    async def inner():
        await inner()
    return inner


class K:
    async def m(self):
        async for self.x in self:
            pass
        async with self as (a, b):
            pass
        await super().m()
async def f():
    try:
        await a
    finally:
        await b
    while True:
        async with x:
            break
    for i in y:
        async with x:
            continue
    try:
        async for q in z:
            pass
    except StopAsyncIteration:
        pass
    lambda: (await_ := 1)
    return await (await a)
