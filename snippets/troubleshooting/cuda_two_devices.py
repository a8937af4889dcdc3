# requires: cuda
import torch

x = torch.ones(2, 3, device="cuda")
y = torch.ones(2, 3)  # made on the CPU
try:
    x + y
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
model = torch.nn.Linear(3, 1).to("cuda")
try:  # a matrix product words it differently
    model(y)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

print((x + y.to(x.device)).device, model(y.to("cuda")).device)  # the fix: move the CPU tensor
print((x + torch.tensor(2.0)).device)  # the exception: a 0-dim CPU tensor mixes like a number
