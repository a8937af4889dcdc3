import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3  # an intermediate: it gets no .grad of its own
seen = []
handle = y.register_hook(lambda grad: seen.append(grad.clone()))  # look at dL/dy
(y**2).sum().backward()
print(seen[0], x.grad)  # dL/dy = 2y; dL/dx = 3 * dL/dy
#> tensor([ 6., 12.]) tensor([18., 36.])
handle.remove()  # hooks stay until removed

x.grad = None
z = x * 3
z.register_hook(lambda grad: grad.clamp(max=10))  # a returned tensor replaces the gradient
(z**2).sum().backward()
print(x.grad)  # [3 * 6, 3 * 10]: the 12 was clipped to 10 on its way back
#> tensor([18., 30.])
