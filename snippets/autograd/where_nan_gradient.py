import torch

x = torch.tensor([4.0, 0.0, -1.0], requires_grad=True)
y = torch.where(x > 0, torch.sqrt(x), 0.0)  # sqrt still runs on 0 and -1
y.sum().backward()
print(y.detach(), x.grad)  # the forward is fine; the unused branch's gradient is not
#> tensor([2., 0., 0.]) tensor([0.2500,    nan,    nan])
for masked in (torch.sqrt(x).masked_fill(x <= 0, 0.0), torch.sqrt(x) * (x > 0)):
    print(torch.autograd.grad(masked.sum(), x)[0])  # masked_fill, or times the mask: the same
    #> tensor([0.2500,    nan,    nan])
    #> tensor([0.2500,    nan,    nan])
x.grad = None

safe = torch.where(x > 0, x, 1.0)  # the fix: mask the INPUT, so the op only sees valid values
y = torch.where(x > 0, torch.sqrt(safe), 0.0)
y.sum().backward()
print(y.detach(), x.grad)
#> tensor([2., 0., 0.]) tensor([0.2500, 0.0000, 0.0000])
