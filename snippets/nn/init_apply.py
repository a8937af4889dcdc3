import math

import torch
from torch import nn


def init_weights(m):  # called once on every submodule by model.apply
    if isinstance(m, nn.Linear):
        nn.init.kaiming_normal_(m.weight, nonlinearity="relu")  # std sqrt(2 / fan_in)
        nn.init.zeros_(m.bias)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(512, 256), nn.ReLU(), nn.Linear(256, 10))
model.apply(init_weights)
print(f"{model[0].weight.std():.4f} {math.sqrt(2 / 512):.4f}", model[0].bias.abs().max().item())
#> 0.0626 0.0625 0.0

tanh_layer = nn.Linear(256, 256)  # before tanh or sigmoid: Xavier (Glorot)
nn.init.xavier_uniform_(tanh_layer.weight, gain=nn.init.calculate_gain("tanh"))
print(f"{tanh_layer.weight.std():.3f}")  # gain * sqrt(2 / (fan_in + fan_out))
#> 0.104
