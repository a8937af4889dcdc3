import torch

# The accelerator usable now (CUDA, MPS, XPU, ...), else the CPU: one line, any backend
device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
print(f"using device: {device}")  # the machine decides: cpu here, cuda or mps elsewhere
#> using device: ...
print(torch.accelerator.is_available() == (device.type != "cpu"))
#> True
# Without check_available=True it names what torch was *built* for: a CUDA build
# answers "cuda" even on a machine with no GPU, and .to() that device then fails.
built_for = torch.accelerator.current_accelerator()
assert device.type == "cpu" or device == built_for
x = torch.ones(2, device=device)  # write the rest against `device`: it runs anywhere
print(x.device.type == device.type)
#> True
