# torch.utils.data._utils: collate (default_collate, default_convert).
