# raises: RuntimeError
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2  # three outputs: which of them should backward differentiate?
y.backward()
#> RuntimeError: grad can be implicitly created only for scalar outputs
