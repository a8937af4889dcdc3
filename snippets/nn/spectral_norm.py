import torch
from torch import nn
from torch.nn.utils import parametrizations

torch.manual_seed(0)
layer = parametrizations.spectral_norm(nn.Linear(5, 4))
original = layer.parametrizations.weight.original  # the trained parameter
# the spectral norm: the largest singular value, the most the matrix can stretch a vector
print(f"{torch.linalg.matrix_norm(original.detach(), ord=2).item():.3f}")
#> 0.831
# layer.weight is original / sigma, sigma estimated by power iteration
print(f"{torch.linalg.matrix_norm(layer.weight.detach(), ord=2).item():.3f}")
#> 1.000
# the iteration's vectors u and v are buffers, saved with the model
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original', 'parametrizations.weight.0._u', 'parametrizations.weight.0._v']
with torch.no_grad():
    original.copy_(torch.randn(4, 5))  # the weights change fast
# in training mode each access runs one more step of the iteration: the estimate lags
print([round(torch.linalg.matrix_norm(layer.weight.detach(), ord=2).item(), 3) for _ in range(4)])
#> [1.202, 1.051, 1.01, 1.002]
