import torch


def f(x):
    if x.sum() > 0:  # an ordinary Python if, decided by the data
        return (x**2).sum()
    return (-3 * x).sum()


for data in ([1.0, 2.0], [-1.0, -2.0]):
    x = torch.tensor(data, requires_grad=True)
    y = f(x)  # the graph is recorded now, for the branch that runs
    y.backward()
    print(x.grad, type(y.grad_fn.next_functions[0][0]).__name__)
    #> tensor([2., 4.]) PowBackward0
    #> tensor([-3., -3.]) MulBackward0
