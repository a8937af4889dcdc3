import torch
from torch import nn


class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4), nn.Linear(4, 2)]  # a plain list: NOT registered


class Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4), nn.Linear(4, 2)])


for model in [Plain(), Registered()]:
    n = sum(p.numel() for p in model.parameters())
    model.to(torch.float64).eval()  # .to() and .eval() reach registered submodules only
    layer = model.layers[0]
    print(type(model).__name__, n, layer.weight.dtype, layer.training, len(model.state_dict()))
    #> Plain 0 torch.float32 True 0
    #> Registered 30 torch.float64 False 4
try:
    torch.optim.SGD(Plain().parameters(), lr=0.1)  # the optimizer gets nothing
except ValueError as e:
    print(e)
    #> optimizer got an empty parameter list
