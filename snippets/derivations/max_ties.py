import torch

x = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)  # a tie for the largest entry
reductions = {"x.max(dim=0)": lambda t: t.max(dim=0).values,  # returns an index: all goes there
              "x.max()": lambda t: t.max(),  # no index: split evenly between the ties
              "x.amax(dim=0)": lambda t: t.amax(dim=0)}  # always split evenly
for name, reduce in reductions.items():
    (grad,) = torch.autograd.grad(reduce(x), x)
    print(f"{name:13} {grad}")
    #> x.max(dim=0)  tensor([0., 1., 0.])
    #> x.max()       tensor([0.0000, 0.5000, 0.5000])
    #> x.amax(dim=0) tensor([0.0000, 0.5000, 0.5000])
