import torch
from torch import nn
from torch.nn.utils import parametrizations

torch.manual_seed(0)
up = nn.ConvTranspose2d(3, 8, kernel_size=2)  # its weight is (in, out, kH, kW)
print(tuple(up.weight.shape))
#> (3, 8, 2, 2)
wn = parametrizations.weight_norm(up)  # the default dim=0: one norm per INPUT channel
print(tuple(wn.parametrizations.weight.original0.shape))
#> (3, 1, 1, 1)
wn = parametrizations.weight_norm(nn.ConvTranspose2d(3, 8, kernel_size=2), dim=1)
print(tuple(wn.parametrizations.weight.original0.shape))  # dim=1: one per output channel
#> (1, 8, 1, 1)
sn = parametrizations.spectral_norm(nn.ConvTranspose2d(3, 8, kernel_size=2))  # dim=1 by itself
as_matrix = sn.weight.detach().transpose(0, 1).flatten(1)  # (out, in * kH * kW)
print(f"{torch.linalg.matrix_norm(as_matrix, ord=2).item():.3f}")
#> 1.000
