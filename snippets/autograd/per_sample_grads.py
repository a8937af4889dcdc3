import torch
from torch import nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = nn.Linear(3, 1)
params = {name: p.detach() for name, p in model.named_parameters()}
x, y = torch.randn(8, 3), torch.randn(8, 1)


def loss_one(params, xi, yi):  # the loss of ONE sample, written for one sample
    out = functional_call(model, params, (xi.unsqueeze(0),))
    return ((out - yi) ** 2).mean()


# grad differentiates w.r.t. params; vmap maps over the samples (dim 0 of x and y)
per_sample = vmap(grad(loss_one), in_dims=(None, 0, 0))(params, x, y)
print({name: tuple(g.shape) for name, g in per_sample.items()})  # one gradient per sample
#> {'weight': (8, 1, 3), 'bias': (8, 1)}
for i in range(8):  # the same as 8 separate backward passes
    model.zero_grad()
    ((model(x[i : i + 1]) - y[i]) ** 2).mean().backward()
    torch.testing.assert_close(per_sample["weight"][i], model.weight.grad)
    torch.testing.assert_close(per_sample["bias"][i], model.bias.grad)
