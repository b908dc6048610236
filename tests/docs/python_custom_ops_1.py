# Mirrors pytorch/tutorials advanced_source/python_custom_ops.py ("Python Custom Operators"): the
# crop example, wrapped with torch.library.custom_op, compiled with fullgraph=True, trained with
# register_autograd, checked with torch.library.opcheck. Adapted: torchvision's to_pil_image /
# pil_to_tensor and PIL's crop and paste are not in the playground, so crop and paste are tensor
# slicing (without the uint8 round trip); display() (matplotlib) prints the image's shape and sum;
# graph_code is logged around the compiled call (the custom op's node); torch.manual_seed(0) for
# the opcheck examples' random inputs.
import torch
from typing import Sequence


def crop(pic, box):
    x0, y0, x1, y1 = box
    return pic[:, y0:y1, x0:x1].clone()


def display(img):
    print(tuple(img.shape), img.sum())


img = torch.ones(3, 64, 64)
img *= torch.linspace(0, 1, steps=64) * torch.linspace(0, 1, steps=64).unsqueeze(-1)
display(img)

cropped_img = crop(img, (10, 10, 50, 50))
display(cropped_img)


@torch.library.custom_op("mylib::crop", mutates_args=())
def crop(pic: torch.Tensor, box: Sequence[int]) -> torch.Tensor:
    x0, y0, x1, y1 = box
    return pic[:, y0:y1, x0:x1].clone()


@crop.register_fake
def _(pic, box):
    channels = pic.shape[0]
    x0, y0, x1, y1 = box
    return pic.new_empty(channels, y1 - y0, x1 - x0)


@torch.compile(fullgraph=True)
def f(img):
    return crop(img, (10, 10, 50, 50))


torch._logging.set_logs(graph_code=True)
cropped_img = f(img)
torch._logging.set_logs()
display(img)
display(cropped_img)


@torch.library.custom_op("mylib::paste", mutates_args=())
def paste(im1: torch.Tensor, im2: torch.Tensor, coord: Sequence[int]) -> torch.Tensor:
    assert im1.device == im2.device
    assert im1.dtype == im2.dtype
    x0, y0 = coord
    out = im1.clone()
    out[:, y0:y0 + im2.shape[1], x0:x0 + im2.shape[2]] = im2
    return out


@paste.register_fake
def _(im1, im2, coord):
    assert im1.device == im2.device
    assert im1.dtype == im2.dtype
    return torch.empty_like(im1)


def backward(ctx, grad_output):
    grad_input = grad_output.new_zeros(ctx.pic_shape)
    grad_input = paste(grad_input, grad_output, ctx.coords)
    return grad_input, None


def setup_context(ctx, inputs, output):
    pic, box = inputs
    ctx.coords = box[:2]
    ctx.pic_shape = pic.shape


crop.register_autograd(backward, setup_context=setup_context)

img = img.requires_grad_()
result = crop(img, (10, 10, 50, 50))
result.sum().backward()
display(img.grad)
print(img.grad[0, 8:12, 8:12])

torch.manual_seed(0)
examples = [
    [torch.randn(3, 64, 64), [0, 0, 10, 10]],
    [torch.randn(3, 91, 91, requires_grad=True), [10, 0, 20, 10]],
    [torch.randn(3, 60, 60, dtype=torch.double), [3, 4, 32, 20]],
    [torch.randn(3, 512, 512, requires_grad=True, dtype=torch.double), [3, 4, 32, 45]],
]

for example in examples:
    torch.library.opcheck(crop, example)
print("opcheck passed")
