import torch

x = torch.ones([3, 2], requires_grad=True)
y = x + 5
r = 1 / (1 + torch.exp(-y))  # the sigmoid, shape (3, 2)
s = torch.sum(r)  # a scalar
s.backward()
print(x.grad)  # sigmoid'(6) = r (1 - r) in every entry
#> tensor([[0.0025, 0.0025],
#>         [0.0025, 0.0025],
#>         [0.0025, 0.0025]])
via_s = x.grad.clone()

x.grad = None
r = torch.sigmoid(x + 5)
r.backward(torch.ones([3, 2]))  # gradient = ds/dr: the shape of r, not of s
torch.testing.assert_close(x.grad, via_s)
try:
    torch.sigmoid(x + 5).backward(torch.tensor(1.0))  # a scalar, the shape of s
except RuntimeError as e:
    print("RuntimeError:", e)
    #> RuntimeError: Mismatch in shape: grad_output[0] has a shape of torch.Size([]) and output[0] has a shape of torch.Size([3, 2]).
try:
    x.grad()  # .grad is an attribute, not a method
except TypeError as e:
    print("TypeError:", e)
    #> TypeError: 'Tensor' object is not callable
