from torch import nn

model = nn.Sequential(nn.Linear(10, 5), nn.ReLU(), nn.Linear(5, 1))
for name, p in model.named_parameters():
    print(f"{name:8} {tuple(p.shape)}")
    #> 0.weight (5, 10)
    #> 0.bias   (5,)
    #> 2.weight (1, 5)
    #> 2.bias   (1,)

total = sum(p.numel() for p in model.parameters())
model[0].requires_grad_(False)  # freeze the first layer
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
# (10*5 + 5) + (5*1 + 1) = 61, of which the frozen layer holds 55
print(f"total {total}, trainable {trainable}")
#> total 61, trainable 6
