# raises: RuntimeError
import torch

t = torch.arange(6).view(2, 3).t()
t.view(6)  # view never copies, and no stride walks t's elements in this order
#> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
