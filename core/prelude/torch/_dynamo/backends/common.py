# torch._dynamo.backends.common: aot_autograd, the wrapper that makes a backend receive AOTAutograd's
# ATen-level forward and backward graphs (torch/_dynamo/backends/common.py). The playground traces
# Dynamo's graphs only, so a backend built with it fails when torch.compile calls it
# (BackendCompilerFailed, "not supported by the playground yet").


def aot_autograd(**kwargs):
    def aot_autograd_backend(gm, example_inputs):
        raise NotImplementedError(
            "not supported by the playground yet: backends built with torch._dynamo.backends.common.aot_autograd "
            "(the playground does not run AOTAutograd, so it has no ATen-level forward and backward graphs "
            "to give fw_compiler and bw_compiler)")
    aot_autograd_backend.__name__ = "aot_autograd_backend"
    return aot_autograd_backend
