import torch

model, x = torch.nn.Linear(2, 1), torch.ones(1, 2)
torch.backends.cudnn.conv.fp32_precision = "ieee"  # full float32 convolutions, new API
try:
    torch.export.export(model, (x,))  # reads the old flag, torch.backends.cudnn.allow_tf32
except RuntimeError as e:
    print(type(e).__name__, str(e).split(" without")[0], "...")
    #> RuntimeError PyTorch is checking whether allow_tf32 is enabled for cuDNN ...
torch.backends.cudnn.conv.fp32_precision = "tf32"  # the default again: export works
print(type(torch.export.export(model, (x,))).__name__)
#> ExportedProgram
