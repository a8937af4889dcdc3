import torch
from torch import nn

x = torch.tensor([-3.0, -1.0, -0.1, 0.1, 1.0, 3.0])  # a neuron's pre-activations
for act in [nn.ReLU(), nn.Sigmoid(), nn.Tanh(), nn.GELU()]:
    y = act(x)
    zeros, negatives = (y == 0).sum().item(), (y < 0).sum().item()
    print(f"{type(act).__name__:8} exactly 0: {zeros}  negative: {negatives}  min {y.min():.4f}")
    #> ReLU     exactly 0: 3  negative: 0  min 0.0000
    #> Sigmoid  exactly 0: 0  negative: 0  min 0.0474
    #> Tanh     exactly 0: 0  negative: 3  min -0.9951
    #> GELU     exactly 0: 0  negative: 3  min -0.1587
