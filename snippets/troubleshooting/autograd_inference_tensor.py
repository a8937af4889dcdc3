import torch
from torch import nn

torch.manual_seed(0)
with torch.inference_mode():  # e.g. data preprocessed once, "without gradients"
    data = torch.randn(8, 3) * 2
model = nn.Linear(3, 1)
try:
    model(data)  # the weight's gradient needs the input: Linear saves it
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
model(data.clone()).sum().backward()  # a clone made outside the block is a normal tensor
print(model.weight.grad.shape)
#> torch.Size([1, 3])
with torch.no_grad():  # or make such data under no_grad instead
    data = torch.randn(8, 3) * 2
print(data.is_inference(), model(data).requires_grad)
#> False True
