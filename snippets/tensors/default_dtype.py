from concurrent.futures import ThreadPoolExecutor

import torch

print(torch.tensor([1.0]).dtype, torch.get_default_dtype())
#> torch.float32 torch.float32
torch.set_default_dtype(torch.float64)  # the whole process, until reset
try:
    with ThreadPoolExecutor() as pool:  # another thread sees it too
        other = pool.submit(lambda: torch.zeros(2).dtype).result()
    print(torch.tensor([1.0]).dtype, torch.zeros(2).dtype, other)  # float literals and factories
    #> torch.float64 torch.float64 torch.float64
    print(torch.tensor([1]).dtype)  # integers are not affected
    #> torch.int64
finally:
    torch.set_default_dtype(torch.float32)
print(torch.tensor([1.0]).dtype)
#> torch.float32
