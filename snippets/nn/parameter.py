import torch
from torch import nn


class LinearModel(nn.Module):
    def __init__(self, input_size, output_size):
        super().__init__()
        # registered as a parameter: the optimizer will update it
        self.w = nn.Parameter(torch.randn(output_size, input_size))

    def forward(self, x):
        return x @ self.w.t()


torch.manual_seed(0)
model = LinearModel(input_size=3, output_size=2)
print([name for name, _ in model.named_parameters()])
#> ['w']
x = torch.randn(4, 3)
print(model(x).shape)
#> torch.Size([4, 2])
# exactly what nn.Linear computes (without bias)
torch.testing.assert_close(model(x), nn.functional.linear(x, model.w), rtol=0, atol=0)
