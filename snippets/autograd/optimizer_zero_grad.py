import torch

w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
optimizer = torch.optim.SGD([w], lr=0.1)

(w**2).sum().backward()
print(w.grad)
#> tensor([2., 4.])
optimizer.zero_grad()  # default set_to_none=True: frees the tensor
print(w.grad)
#> None

(w**2).sum().backward()
optimizer.zero_grad(set_to_none=False)  # keeps a tensor of zeros
print(w.grad)
#> tensor([0., 0.])
