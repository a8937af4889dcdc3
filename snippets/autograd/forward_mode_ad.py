import warnings

import torch
import torch.autograd.forward_ad as fwAD
from torch.func import jacrev

x = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([1.0, 0.0, 0.0])  # the direction to differentiate in
with warnings.catch_warnings():
    # torch 2.14 warns once, from its own internals, on the first forward-mode call
    warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated", FutureWarning)
    with fwAD.dual_level():
        dual = fwAD.make_dual(x, v)  # x, carrying a tangent v
        out = dual.sin() * dual.sum()  # each operation pushes the tangent forward
        value, jvp = fwAD.unpack_dual(out)  # f(x) and J v, from one forward pass
print(jvp)
#> tensor([4.0833, 0.9093, 0.1411])
torch.testing.assert_close(jvp, jacrev(lambda t: t.sin() * t.sum())(x) @ v)
