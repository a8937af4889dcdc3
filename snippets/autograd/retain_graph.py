# raises: RuntimeError
import torch

x = torch.tensor(3.0, requires_grad=True)
z = torch.sin(x**2)
z.backward(retain_graph=True)  # keep the saved tensors for another pass
z.backward()  # allowed: the gradients accumulate
print(x.grad)  # 2 * (-5.4668)
#> tensor(-10.9336)
z.backward()  # the graph was freed by the previous call
#> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
