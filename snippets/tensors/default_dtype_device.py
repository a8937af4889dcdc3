import torch

print(torch.tensor([1.0]).dtype, torch.get_default_dtype())
#> torch.float32 torch.float32
torch.set_default_dtype(torch.float64)  # process-wide: restore it when done
try:
    print(torch.tensor([1.0]).dtype, torch.zeros(2).dtype)  # float literals and factories
    #> torch.float64 torch.float64
    print(torch.tensor([1]).dtype)  # integers are not affected
    #> torch.int64
finally:
    torch.set_default_dtype(torch.float32)
print(torch.tensor([1.0]).dtype)
#> torch.float32

with torch.device("meta"):  # the default device, only inside the block
    w = torch.empty(1000, 1000)  # "meta": shapes and dtypes, no memory
print(w.device, torch.zeros(1).device)
#> meta cpu
torch.set_default_device("meta")  # process-wide
try:
    print(torch.zeros(1).device)
    #> meta
finally:
    torch.set_default_device(None)  # back to the CPU
print(torch.get_default_device())
#> cpu
