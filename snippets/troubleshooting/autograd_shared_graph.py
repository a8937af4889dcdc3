import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(4, 3)
penalty = model.weight.pow(2).sum()  # computed once, before the training loop
(model(x).mean() + penalty).backward()  # step 1 frees penalty's graph
try:
    (model(x).mean() + penalty).backward()  # step 2 goes through it again
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e)[:50]}...")
    #> RuntimeError: Trying to backward through the graph a second time...
G, D = nn.Linear(2, 2), nn.Linear(2, 1)  # a GAN's generator and discriminator
for detach in (False, True):
    fake = G(torch.randn(4, 2))
    try:
        D(fake.detach() if detach else fake).mean().backward()  # D's loss
        (-D(fake).mean()).backward()  # G's loss: back through G's graph
        print("detach:", detach, "ok")
        #> detach: True ok
    except RuntimeError as e:
        print("detach:", detach, f"{type(e).__name__}: {str(e)[:50]}...")
        #> detach: False RuntimeError: Trying to backward through the graph a second time...
