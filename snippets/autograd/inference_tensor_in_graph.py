import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.inference_mode():
    inf = torch.tensor([3.0, 4.0]) * 2  # an inference tensor
print(inf.is_inference(), inf.requires_grad)
#> True False

(inf + w).sum().backward()  # allowed: the backward of + needs no saved input
print(w.grad)
#> tensor([1., 1.])
try:
    (inf * w).sum().backward()  # dL/dw = inf: mul must save inf for backward
except RuntimeError as e:
    print("RuntimeError:", e)
    #> RuntimeError: Inference tensors cannot be saved for backward. Please do not use Tensors created in inference mode in computation tracked by autograd. To work around this, you can make a clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of `torch.inference_mode()`.
(inf.clone() * w).sum().backward()  # a clone made outside the block is normal
print(w.grad)
#> tensor([7., 9.])
