import torch

half = torch.tensor([1.0, 2.0], dtype=torch.float16)
print((half + 1.0).dtype)  # a Python scalar does not upcast: still float16
#> torch.float16
small = torch.tensor([1, 2], dtype=torch.int32)
print((small + torch.tensor(5)).dtype, (small + torch.tensor([5])).dtype)  # 0-dim vs 1-dim int64
#> torch.int32 torch.int64
pixels = torch.tensor([200, 100], dtype=torch.uint8)
print(pixels + 100)  # WRONG: stays uint8 and wraps around 256
#> tensor([ 44, 200], dtype=torch.uint8)
print(pixels.int() + 100)  # RIGHT: widen first
#> tensor([300, 200], dtype=torch.int32)
print(pixels / 2)  # true division jumps to a float dtype
#> tensor([100.,  50.])
