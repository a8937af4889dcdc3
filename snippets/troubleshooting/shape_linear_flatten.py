import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(64, 1, 28, 28)
fc = nn.Linear(28 * 28, 10)  # multiplies the LAST dimension of its input by a 784x10 matrix
try:
    fc(images)  # the last dimension is 28: 64*1*28 = 1792 rows of 28
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (1792x28 and 784x10)
print(fc(images.flatten(1)).shape)  # keep dimension 0 (the batch), flatten the rest to 784
#> torch.Size([64, 10])
