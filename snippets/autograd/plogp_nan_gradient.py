import torch

p = torch.tensor([0.5, 0.0], requires_grad=True)  # p log p, e.g. in an entropy: 0 at p = 0
for plogp in (p * torch.log(p), torch.special.xlogy(p, p)):  # xlogy: its value is 0 at 0, not its gradient
    print(torch.autograd.grad(torch.where(p > 0, plogp, 0.0).sum(), p)[0])
    #> tensor([0.3069,    nan])
    #> tensor([0.3069,    nan])
safe = torch.where(p > 0, p, 1.0)  # the fix, as for sqrt: mask the input
print(torch.autograd.grad(torch.where(p > 0, p * torch.log(safe), 0.0).sum(), p)[0])
#> tensor([0.3069, 0.0000])
