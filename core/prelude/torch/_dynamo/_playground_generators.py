# The playground's own helper (PyTorch has no such file): the generator a compiled frame hands
# back in place of a generator created in the traced code (docs/compiler-api.md "Generators
# after the graph"). PyTorch's LocalGeneratorObjectVariable.reconstruct runs the generator to its
# end inside the graph and rebuilds iter([the remaining items]); the playground yields the same
# items from a generator object (named like the original by the core), so a compiled call returns
# what eager returns: a generator, whose items are the ones already computed.


def rebuilt_generator(items, value):
    for item in items:
        yield item
    return value
