from concurrent.futures import ThreadPoolExecutor

import torch

with torch.device("meta"):  # the default device, only inside the block
    w = torch.empty(1000, 1000)  # "meta": shapes and dtypes, no memory
print(w.device, torch.zeros(1).device)
#> meta cpu
torch.set_default_device("meta")  # this thread, until reset
try:
    with ThreadPoolExecutor() as pool:  # another thread keeps the CPU
        other = pool.submit(lambda: torch.zeros(1).device).result()
    print(torch.zeros(1).device, other)
    #> meta cpu
finally:
    torch.set_default_device(None)  # back to the CPU
print(torch.get_default_device())
#> cpu
