import torch
from torch import nn


class LinearRegression(nn.Module):
    def __init__(self):
        super().__init__()  # sets up the tracking of submodules and parameters
        self.linear_layer = nn.Linear(in_features=1, out_features=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear_layer(x)


torch.manual_seed(42)
model = LinearRegression()
print(model)
#> LinearRegression(
#>   (linear_layer): Linear(in_features=1, out_features=1, bias=True)
#> )
for name, value in model.state_dict().items():
    print(name, value)
    #> linear_layer.weight tensor([[0.7645]])
    #> linear_layer.bias tensor([0.8300])
# call the model, not model.forward: hooks run only on __call__
print(model(torch.tensor([[2.0]])))
#> tensor([[2.3591]], grad_fn=<AddmmBackward0>)
