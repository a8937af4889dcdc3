import torch
from torch import nn
from torch.nn.utils import parametrizations

torch.manual_seed(0)
layer = parametrizations.spectral_norm(nn.Linear(5, 4))
original = layer.parametrizations.weight.original  # the trained parameter
# the spectral norm: the largest singular value, the most the layer can stretch a vector
print(f"{torch.linalg.matrix_norm(original.detach(), ord=2).item():.3f}")
#> 0.831
# layer.weight is original / sigma, sigma estimated by power iteration
print(f"{torch.linalg.matrix_norm(layer.weight.detach(), ord=2).item():.3f}")
#> 1.000
# the iteration's vectors u and v are buffers, saved with the model
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original', 'parametrizations.weight.0._u', 'parametrizations.weight.0._v']
