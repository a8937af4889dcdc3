import torch
from torch import nn

x = torch.ones(1, 1, 8, 8)  # a flat input: a good upsampler gives a flat output
transposed = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, output_padding=1, bias=False)
resize_conv = nn.Sequential(nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(1, 1, 3, padding=1, bias=False))
with torch.no_grad():
    transposed.weight.fill_(1.0)  # constant weights: the pattern comes from the uneven overlap, not from the data
    resize_conv[1].weight.fill_(1.0)
    a, b = transposed(x), resize_conv(x)
    k = torch.tensor([0.5, 1.0, 0.5])
    transposed.weight.copy_(torch.outer(k, k))  # a bilinear kernel compensates exactly
    c = transposed(x)
print(a.shape == b.shape == (1, 1, 16, 16))  # both double 8 x 8
#> True
print(a[0, 0, :2, :4])  # kernel 3, stride 2: each output gets 1, 2 or 4 kernel taps
#> tensor([[1., 2., 1., 2.],
#>         [2., 4., 2., 4.]])
print(c[0, 0, :2, :4])  # flat (the last row and column aside), with these weights only
#> tensor([[1., 1., 1., 1.],
#>         [1., 1., 1., 1.]])
print(b[0, 0, :2, :4])  # 9 taps inside; zero padding thins the border (6, 4 in a corner)
#> tensor([[4., 6., 6., 6.],
#>         [6., 9., 9., 9.]])
