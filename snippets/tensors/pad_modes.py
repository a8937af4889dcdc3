import torch
import torch.nn.functional as F

x = torch.tensor([[1, 2, 3], [4, 5, 6]])  # (channels, width): one dim in front of the width
for mode in ("constant", "reflect", "replicate", "circular"):
    print(f"{mode:9}", F.pad(x, (2, 2), mode=mode)[0])
    #> constant  tensor([0, 0, 1, 2, 3, 0, 0])
    #> reflect   tensor([3, 2, 1, 2, 3, 2, 1])
    #> replicate tensor([1, 1, 1, 2, 3, 3, 3])
    #> circular  tensor([2, 3, 1, 2, 3, 1, 2])
# reflect, replicate and circular need 1 or 2 dims in front; reflect pads less than the size
for t, pad in [(x[0], (1, 1)), (x, (3, 3))]:
    try:
        F.pad(t, pad, mode="reflect")
    except (NotImplementedError, RuntimeError) as e:
        print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
        #> NotImplementedError: Padding size 2 is not supported for 1D input tensor.
        #> RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (3, 3) at dimension 1 of input [2, 3]
