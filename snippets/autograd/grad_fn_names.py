import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
W = torch.ones(2, 2, requires_grad=True)

# Each operation records the function that will compute its backward.
results = [x**2, torch.sin(x), x * 3, x + 1, x.exp(), W @ x, x.sum(), x.mean()]
for result in results:
    print(type(result.grad_fn).__name__)
    #> PowBackward0
    #> SinBackward0
    #> MulBackward0
    #> AddBackward0
    #> ExpBackward0
    #> MvBackward0
    #> SumBackward0
    #> MeanBackward0
