import torch
import torch.nn.functional as F

x = torch.zeros(1, 1, 5, 5, requires_grad=True)
F.conv2d(x, torch.ones(1, 1, 3, 3), dilation=2).sum().backward()  # one 3x3 conv, dilation 2: one output pixel
dilated = x.grad.clone()
print(dilated[0, 0].ne(0).int().tolist())  # r = 1 + (3 - 1) * 2 = 5: a 5 x 5 square, with gaps
#> [[1, 0, 1, 0, 1], [0, 0, 0, 0, 0], [1, 0, 1, 0, 1], [0, 0, 0, 0, 0], [1, 0, 1, 0, 1]]
x.grad = None
F.conv2d(F.conv2d(x, torch.ones(1, 1, 1, 1), stride=2), torch.ones(1, 1, 3, 3)).sum().backward()
print(torch.equal(x.grad.ne(0), dilated.ne(0)))  # a 1x1 conv at stride 2, then a 3x3 one: the same gaps
#> True
