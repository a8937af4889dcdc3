import torch

# the usable accelerator, else the CPU (the idiom of the GPU page's "Pick a device")
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
x = torch.ones(2, 3, device=device)  # create it there
y = torch.zeros(2, 3).to(device)  # or move it there (a copy, unless already there)
assert (x + y).device.type == device.type
print(x.cpu().device)  # back to the CPU, e.g. before .numpy()
#> cpu
