import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, 0.0, 3.0], requires_grad=True)
(auto,) = torch.autograd.grad(torch.relu(x).sum(), x)
print(auto)  # relu'(0) = 0 in PyTorch: the kink takes the left slope
#> tensor([0., 0., 1.])
assert torch.equal(auto, (x > 0).to(x.dtype))  # relu'(x) = [x > 0]
for name, f in [("clamp(min=0)", lambda t: t.clamp(min=0)),
                ("clamp(min=zeros)", lambda t: t.clamp(min=torch.zeros_like(t))),  # a tensor min
                ("maximum(x, 0)", lambda t: torch.maximum(t, torch.zeros_like(t))),
                ("leaky_relu(0.1)", lambda t: F.leaky_relu(t, 0.1))]:
    (g,) = torch.autograd.grad(f(x).sum(), x)
    print(f"{name:16} {g}")  # the same function written otherwise: its own choice at 0
    #> clamp(min=0)     tensor([0., 0., 1.])
    #> clamp(min=zeros) tensor([0.0000, 0.5000, 1.0000])
    #> maximum(x, 0)    tensor([0.0000, 0.5000, 1.0000])
    #> leaky_relu(0.1)  tensor([0.1000, 0.1000, 1.0000])
