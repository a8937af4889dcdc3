# raises: NotImplementedError
import torch

print(3 ^ 2, 3**2)  # in Python, ^ is bitwise XOR; the power is **
#> 1 9
print(torch.tensor([3, 5]) ^ 2)  # integers: a silent wrong answer
#> tensor([1, 7])
torch.tensor([3.0, 5.0]) ^ 2  # floats have no XOR
#> NotImplementedError: "bitwise_xor_cpu" not implemented for 'Float'
