import itertools

import torch
from torch import nn


class Net(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        # a list of layers you index or loop over (not chained for you, unlike Sequential)
        self.hidden = nn.ModuleList(nn.Linear(a, b) for a, b in itertools.pairwise(sizes))
        # layers by name: e.g. one output head per task
        self.heads = nn.ModuleDict({"digit": nn.Linear(sizes[-1], 10),
                                    "parity": nn.Linear(sizes[-1], 2)})
        # bare tensors to train, one per hidden layer
        self.scales = nn.ParameterList(nn.Parameter(torch.ones(b)) for b in sizes[1:])

    def forward(self, x, task):
        for layer, scale in zip(self.hidden, self.scales):
            x = torch.relu(layer(x)) * scale
        return self.heads[task](x)


torch.manual_seed(0)
model = Net([8, 16, 16])
print(model(torch.randn(3, 8), task="parity").shape)
#> torch.Size([3, 2])
print([name for name, _ in model.named_parameters()])
#> ['hidden.0.weight', 'hidden.0.bias', 'hidden.1.weight', 'hidden.1.bias', 'heads.digit.weight', 'heads.digit.bias', 'heads.parity.weight', 'heads.parity.bias', 'scales.0', 'scales.1']
