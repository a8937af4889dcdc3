import torch
from torch import nn


class Normalize(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        # a buffer: saved in state_dict and moved by .to(), but not trained
        self.register_buffer("mean", torch.tensor(mean))
        # persistent=False: moved by .to() too, but not saved (for what __init__ recomputes)
        self.register_buffer("inv_std", 1 / torch.tensor(std), persistent=False)
        self.std = torch.tensor(std)  # a plain tensor attribute: neither

    def forward(self, x):
        return (x - self.mean) * self.inv_std


model = Normalize(0.5, 0.25)
print(list(model.parameters()), list(model.state_dict()), [n for n, _ in model.named_buffers()])
#> [] ['mean'] ['mean', 'inv_std']
model.to(torch.float64)  # converts (or moves) parameters and buffers...
print(model.mean.dtype, model.inv_std.dtype, model.std.dtype)  # ...and leaves the plain tensor
#> torch.float64 torch.float64 torch.float32
