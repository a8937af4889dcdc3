# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(x**2).sum(dim=0, keepdim=True).backward()  # shape (1,): one element is enough, no need for ()
print(x.grad)
#> tensor([2., 4., 6.])
y = x**2  # three outputs: which of them should backward differentiate?
y.backward()
#> RuntimeError: grad can be implicitly created only for scalar outputs
