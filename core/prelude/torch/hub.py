# torch.hub (torch/hub.py): loading models and weights from GitHub repositories and URLs. The
# playground reaches no network, so every entry point says so clearly; set_dir/get_dir keep the
# directory setting (PyTorch's default under the user's home directory has no counterpart here).
_hub_dir = None


def _not_supported(what):
    def fn(*args, **kwargs):
        raise NotImplementedError("not supported by the playground yet: torch.hub." + what +
                                  " (it downloads from the network, which the playground cannot reach)")

    fn.__name__ = what
    fn.__qualname__ = what
    return fn


list = _not_supported("list")
help = _not_supported("help")
load = _not_supported("load")
download_url_to_file = _not_supported("download_url_to_file")
load_state_dict_from_url = _not_supported("load_state_dict_from_url")


def get_dir():
    if _hub_dir is not None:
        return _hub_dir
    raise NotImplementedError("not supported by the playground yet: torch.hub.get_dir() without set_dir() "
                              "(the playground has no home directory)")


def set_dir(d):
    global _hub_dir
    _hub_dir = d
