import torch

pixels = torch.tensor([200, 100], dtype=torch.uint8)
print(pixels + 100)  # WRONG: a Python int keeps uint8, which wraps around 256
#> tensor([ 44, 200], dtype=torch.uint8)
print(pixels.int() + 100)  # RIGHT: widen first
#> tensor([300, 200], dtype=torch.int32)
half = torch.tensor([1.0, 2.0], dtype=torch.float16)
print(half + 70000.0)  # WRONG: a Python float keeps float16, whose largest value is 65504
#> tensor([inf, inf], dtype=torch.float16)
print(half.float() + 70000.0)  # RIGHT: widen first
#> tensor([70001., 70002.])
