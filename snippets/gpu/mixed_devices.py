# requires: cuda
# raises: RuntimeError
import torch

model = torch.nn.Linear(2, 1).to("cuda")
x = torch.ones(3, 2)  # forgot .to("cuda"): the CPU tensor meets GPU weights
model(x)
