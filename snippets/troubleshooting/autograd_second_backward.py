import torch
from torch import nn

torch.manual_seed(0)
cell = nn.RNNCell(2, 3)
batches = torch.randn(3, 1, 2)
for detach in (False, True):
    h = torch.zeros(1, 3)
    try:
        for x in batches:
            if detach:
                h = h.detach()  # the fix: the next graph starts from h's value
            h = cell(x, h)  # without it, h links this graph to the previous batch's
            h.sum().backward()  # frees the graph it went through
        print("detach:", detach, "ok")
        #> detach: True ok
    except RuntimeError as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
