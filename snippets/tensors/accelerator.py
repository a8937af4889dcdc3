import torch

# check_available=True: None unless an accelerator (CUDA, MPS, XPU, ...) is usable now.
# The default (False) only reports what torch was built for: a CUDA build says "cuda"
# even on a machine without a GPU.
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
print(f"using {device}")
#> using ...
print((accelerator is not None) == torch.accelerator.is_available())
#> True
