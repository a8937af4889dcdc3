import torch

x = torch.arange(6).reshape(2, 3)
xt = x.T  # a view with swapped strides: its elements are not in row order in memory
print(xt.is_contiguous())
#> False
try:
    xt.view(6)
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
    #> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
print(xt.reshape(6))  # copies when it must
#> tensor([0, 3, 1, 4, 2, 5])
print(xt.contiguous().view(6))  # or copy explicitly, then view
#> tensor([0, 3, 1, 4, 2, 5])
for y in (torch.zeros(4, 4)[:, :2], torch.zeros(3, 1).expand(3, 4)):  # a column slice, an expand
    try:
        y.view(-1)
    except RuntimeError as e:
        print(str(e)[:32])
        #> view size is not compatible with
        #> view size is not compatible with
