# torch.utils._pytree, reduced (mirrors torch/utils/_pytree.py): flattening nested tuples, lists,
# dicts, None and registered classes (register_pytree_node, register_constant) into their leaves
# and a TreeSpec, and back (a namedtuple or a dataclass is a leaf here); the TreeSpec repr is
# PyTorch's. Used by torch._dynamo.nonstrict_trace (torch._higher_order_ops.flat_apply) and by
# torch.func (torch/_functorch: tree_map, _broadcast_to_and_flatten for vmap's in_dims/out_dims,
# treespec_pprint for vjp's cotangent check).

# The registered classes: class -> (flatten_fn, unflatten_fn); register_constant's classes.
SUPPORTED_NODES = {}
CONSTANT_NODES = set()


def register_pytree_node(cls, flatten_fn, unflatten_fn, *, serialized_type_name=None, to_dumpable_context=None,
                         from_dumpable_context=None, flatten_with_keys_fn=None):
    """flatten_fn(obj) -> (children, context); unflatten_fn(children, context) -> obj."""
    if cls in SUPPORTED_NODES:
        raise ValueError(f"{cls} is already registered as pytree node.")
    SUPPORTED_NODES[cls] = (flatten_fn, unflatten_fn)


class ConstantNode:
    """The context of a register_constant class's instance: the instance itself."""

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, ConstantNode) and self.value == other.value

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"ConstantNode(value={self.value!r})"


def register_constant(cls):
    """Instances of cls are pytree nodes with no leaves: they are constants (compared with ==)."""
    if cls.__eq__ is object.__eq__:
        raise TypeError("register_constant(cls) expects `cls` to have a non-default `__eq__` implementation.")
    if cls.__hash__ is None:
        raise TypeError("register_constant(cls) expects `cls` to have a non-default `__hash__` implementation.")
    register_pytree_node(cls, lambda x: ([], ConstantNode(x)), lambda _, context: context.value)
    CONSTANT_NODES.add(cls)


def is_constant_class(cls):
    return cls in CONSTANT_NODES


class _SpecNode:
    """A registered node already flattened (by the tracer): its class, context and children."""

    def __init__(self, type, context, children):
        self.type = type
        self.context = context
        self.children = children


def _node_of(cls):
    """(flatten_fn, is_constant) for a registered class, else None (the tracer asks)."""
    node = SUPPORTED_NODES.get(cls)
    return None if node is None else (node[0], cls in CONSTANT_NODES)


class TreeSpec:
    def __init__(self, type, context, children_specs):
        self.type = type
        self.context = context
        self.children_specs = children_specs
        self.num_children = len(children_specs)
        self.num_leaves = sum(c.num_leaves for c in children_specs) if type is not None else 1
        self.num_nodes = 1 + sum(c.num_nodes for c in children_specs)

    def is_leaf(self):
        return self.type is None

    def __eq__(self, other):
        if not isinstance(other, TreeSpec):
            return NotImplemented
        return (self.type is other.type and self.context == other.context
                and self.children_specs == other.children_specs)

    def __repr__(self, indent=0):
        if self.type is None:
            return "*"
        prefix = f"TreeSpec({self.type.__name__}, {self.context}, ["
        children = ""
        if self.num_children > 0:
            indent += 2
            children += self.children_specs[0].__repr__(indent)
            children += "," if self.num_children > 1 else ""
            children += ",".join(["\n" + " " * indent + child.__repr__(indent) for child in self.children_specs[1:]])
        return prefix + children + "])"


def LeafSpec():
    return TreeSpec(None, None, [])


def _children(tree):
    t = type(tree)
    if t is tuple or t is list:
        return t, None, list(tree)
    if t is dict or t is _OrderedDict():
        return t, list(tree.keys()), list(tree.values())
    if tree is None:
        return type(None), None, []
    if t is _SpecNode:
        return tree.type, tree.context, list(tree.children)
    node = SUPPORTED_NODES.get(t)
    if node is not None:
        children, context = node[0](tree)
        return t, context, list(children)
    return None, None, None


def tree_flatten(tree):
    """The leaves of tree (depth first) and the TreeSpec that rebuilds it from them."""
    leaves = []

    def helper(node):
        typ, context, children = _children(node)
        if typ is None:
            leaves.append(node)
            return LeafSpec()
        return TreeSpec(typ, context, [helper(c) for c in children])

    spec = helper(tree)
    return leaves, spec


def tree_unflatten(leaves, treespec):
    leaves = list(leaves)
    if len(leaves) != treespec.num_leaves:
        raise ValueError(
            f"treespec.unflatten(leaves): `leaves` has length {len(leaves)} "
            f"but the spec refers to a pytree that holds {treespec.num_leaves} items "
            f"({treespec})."
        )
    pos = [0]

    def helper(spec):
        if spec.type is None:
            v = leaves[pos[0]]
            pos[0] += 1
            return v
        children = [helper(c) for c in spec.children_specs]
        if spec.type is tuple:
            return tuple(children)
        if spec.type is list:
            return children
        if spec.type is dict or spec.type is _OrderedDict():
            return spec.type(zip(spec.context, children))
        node = SUPPORTED_NODES.get(spec.type)
        if node is not None:
            return node[1](children, spec.context)
        return None

    return helper(treespec)


def tree_leaves(tree):
    return tree_flatten(tree)[0]


def _OrderedDict():
    import collections
    return collections.OrderedDict


def tree_map(func, tree):
    """func applied to every leaf of tree, in a tree of the same structure."""
    leaves, spec = tree_flatten(tree)
    return tree_unflatten([func(x) for x in leaves], spec)


def tree_map_(func, tree):
    """func called on every leaf of tree (for its side effects); returns tree."""
    for x in tree_flatten(tree)[0]:
        func(x)
    return tree


def _is_broadcast_leaf(tree):
    # None is a leaf here (in_dims=None broadcasts over a whole argument).
    return tree is None or _children(tree)[0] is None


def _broadcast_to_and_flatten(tree, treespec):
    """tree, a prefix of treespec's structure, broadcast to treespec's leaves; None if it is not
    a prefix."""
    if _is_broadcast_leaf(tree):
        return [tree] * treespec.num_leaves
    if treespec.is_leaf():
        return None
    typ, context, children = _children(tree)
    if typ is not treespec.type or len(children) != treespec.num_children or context != treespec.context:
        return None
    result = []
    for child, child_spec in zip(children, treespec.children_specs):
        flat = _broadcast_to_and_flatten(child, child_spec)
        if flat is None:
            return None
        result += flat
    return result


def treespec_pprint(treespec):
    """The structure with `*` for each leaf, as Python would print it."""
    if treespec.is_leaf():
        return "*"
    parts = [treespec_pprint(c) for c in treespec.children_specs]
    if treespec.type is tuple:
        return "(" + ", ".join(parts) + ("," if len(parts) == 1 else "") + ")"
    if treespec.type is list:
        return "[" + ", ".join(parts) + "]"
    if treespec.type is dict or treespec.type is _OrderedDict():
        return "{" + ", ".join(f"{k!r}: {v}" for k, v in zip(treespec.context, parts)) + "}"
    if treespec.type is type(None):
        return "None"
    return f"{treespec.type.__name__}(" + ", ".join(parts) + ")"
