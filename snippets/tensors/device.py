import torch

if torch.cuda.is_available():
    device = torch.device("cuda")
elif torch.backends.mps.is_available():
    device = torch.device("mps")
else:
    device = torch.device("cpu")
print(f"using {device}")
#> using ...

x = torch.ones(2, 3, device=device)  # create it there
y = torch.zeros(2, 3).to(device)  # or move it there (a copy, unless already there)
print((x + y).device.type == device.type)
#> True
print(x.cpu().device)  # back to the CPU, e.g. before .numpy()
#> cpu
