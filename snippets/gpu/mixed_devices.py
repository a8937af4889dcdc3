# requires: cuda
# raises: RuntimeError
import torch

model = torch.nn.Linear(2, 1).to("cuda")
x = torch.ones(3, 2)  # forgot .to("cuda"): the CPU tensor meets GPU weights
model(x)
#> RuntimeError: Expected all tensors to be on the same device, but got mat1 is on cpu, different from other tensors on cuda:0 (when checking argument in method wrapper_CUDA_addmm)
