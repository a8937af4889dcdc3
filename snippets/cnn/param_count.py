from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=5)
n = sum(p.numel() for p in conv.parameters())
assert n == 8 * 3 * 5 * 5 + 8  # out * in * kh * kw weights, plus one bias per output channel
print(n)
#> 608

lenet = nn.Sequential(
    nn.Conv2d(1, 6, 5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(400, 120), nn.ReLU(), nn.Linear(120, 84), nn.ReLU(), nn.Linear(84, 10),
)
for name, p in lenet.named_parameters():
    print(f"{name:<10}{str(tuple(p.shape)):<16}{p.numel()}")
    #> 0.weight  (6, 1, 5, 5)    150
    #> 0.bias    (6,)            6
    #> 3.weight  (16, 6, 5, 5)   2400
    #> 3.bias    (16,)           16
    #> 7.weight  (120, 400)      48000
    #> 7.bias    (120,)          120
    #> 9.weight  (84, 120)       10080
    #> 9.bias    (84,)           84
    #> 11.weight (10, 84)        840
    #> 11.bias   (10,)           10
print(sum(p.numel() for p in lenet.parameters() if p.requires_grad))
#> 61706
