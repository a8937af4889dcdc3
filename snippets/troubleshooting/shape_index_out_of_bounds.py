import torch

x = torch.tensor([10, 20, 30])
try:
    x[3]  # valid indices are 0, 1, 2
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
    #> IndexError: index 3 is out of bounds for dimension 0 with size 3
print(x[2], x[-1])  # the last element
#> tensor(30) tensor(30)
