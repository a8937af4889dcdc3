import torch

x = torch.tensor(3.0, requires_grad=True)
for _ in range(3):
    (x**2).backward()  # each call ADDS 2x = 6 to x.grad
    print(x.grad)
    #> tensor(6.)
    #> tensor(12.)
    #> tensor(18.)

x.grad.zero_()  # reset in place before the next backward
(x**2).backward()
print(x.grad)
#> tensor(6.)
