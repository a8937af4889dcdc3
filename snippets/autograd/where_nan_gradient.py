import torch

x = torch.tensor([4.0, 0.0, -1.0], requires_grad=True)
y = torch.where(x > 0, torch.sqrt(x), 0.0)  # sqrt still runs on 0 and -1
y.sum().backward()
print(y.detach(), x.grad)  # the forward is fine; the unused branch's gradient is not
#> tensor([2., 0., 0.]) tensor([0.2500,    nan,    nan])
x.grad = None

safe = torch.where(x > 0, x, 1.0)  # the fix: mask the INPUT, so the op only sees valid values
y = torch.where(x > 0, torch.sqrt(safe), 0.0)
y.sum().backward()
print(y.detach(), x.grad)
#> tensor([2., 0., 0.]) tensor([0.2500, 0.0000, 0.0000])

p = torch.tensor([0.5, 0.0], requires_grad=True)  # the same with log, e.g. p log p in an entropy
torch.where(p > 0, p * torch.log(p), 0.0).sum().backward()
print(p.grad)
#> tensor([0.3069,    nan])
p.grad = None
torch.where(p > 0, p * torch.log(torch.where(p > 0, p, 1.0)), 0.0).sum().backward()
print(p.grad)
#> tensor([0.3069, 0.0000])
