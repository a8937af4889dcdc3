import torch

x = torch.tensor([10, 20, 30])
idx = torch.arange(6) / 2  # true division: always a float result
try:
    x[idx]
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
    #> IndexError: tensors used as indices must be long, int, byte or bool tensors
print(x[torch.arange(6) // 2])  # floor division keeps int64
#> tensor([10, 10, 20, 20, 30, 30])
try:
    x[len(x) / 2]  # a Python float: another message
except IndexError as e:
    print(f"{type(e).__name__}: {e}")
    #> IndexError: only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got float)
print(x[len(x) // 2])
#> tensor(20)
