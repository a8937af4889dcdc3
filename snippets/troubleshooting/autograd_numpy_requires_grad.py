import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
out = model(torch.randn(4, 3))  # out requires grad, because the weights do
try:
    out.numpy()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
print(out.detach().numpy().shape)  # detach: the same memory, out of the graph
#> (4, 2)
with torch.no_grad():  # or compute it without tracking in the first place
    print(model(torch.randn(4, 3)).numpy().dtype)
    #> float32
