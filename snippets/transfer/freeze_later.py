import torch
from torch import nn

torch.manual_seed(0)
for set_to_none in (False, True):
    model = nn.Linear(4, 2)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model(torch.randn(3, 4)).sum().backward()
    optimizer.step()  # a first step: .grad and the momentum buffer are set
    optimizer.zero_grad(set_to_none=set_to_none)
    model.weight.requires_grad_(False)  # frozen only now
    before = model.weight.clone()
    model(torch.randn(3, 4)).sum().backward()
    optimizer.step()
    grad = model.weight.grad
    print(f"set_to_none={set_to_none}: .grad is {'None' if grad is None else 'zeros' if not grad.any() else grad},",
          f"weight changed: {not torch.equal(model.weight, before)}")
    #> set_to_none=False: .grad is zeros, weight changed: True
    #> set_to_none=True: .grad is None, weight changed: False
