import torch

x = torch.tensor(3.0, requires_grad=True)
w = torch.tensor(0.5, requires_grad=True)
z = torch.sin(x**2) * w + 1


def show(fn, depth=0):
    """Print the graph from fn down to the leaves (the AccumulateGrad nodes)."""
    leaf = f" -> leaf {fn.variable.item()}" if hasattr(fn, "variable") else ""
    print("    " * depth + type(fn).__name__ + leaf)
    for child, _ in fn.next_functions:
        if child is not None:  # None: an input without gradient
            show(child, depth + 1)


show(z.grad_fn)
#> AddBackward0
#>     MulBackward0
#>         SinBackward0
#>             PowBackward0
#>                 AccumulateGrad -> leaf 3.0
#>         AccumulateGrad -> leaf 0.5
