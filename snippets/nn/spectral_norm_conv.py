import torch
from torch import nn
from torch.nn.utils import parametrizations

conv = nn.Conv1d(1, 1, kernel_size=3, padding=1, bias=False)
nn.init.ones_(conv.weight)  # the kernel [1, 1, 1]
conv = parametrizations.spectral_norm(conv)  # divided by the norm of the (1, 3) matrix
w = conv.weight.detach()
print(w, f"{torch.linalg.matrix_norm(w.flatten(1), ord=2).item():.3f}")
#> tensor([[[0.5774, 0.5774, 0.5774]]]) 1.000
x = torch.ones(1, 1, 10)
# yet each output sums 3 inputs: the convolution stretches x by more than 1
print(f"{(conv(x).norm() / x.norm()).item():.3f}")
#> 1.633
