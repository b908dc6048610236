# torch._higher_order_ops: the higher-order operators the playground writes in Python (flat_apply).
