import torch
from torchvision.models import resnet18
from torchvision.models.resnet import BasicBlock

torch.manual_seed(0)
model = resnet18(weights=None, zero_init_residual=True)
blocks = [m for m in model.modules() if isinstance(m, BasicBlock)]
print(len(blocks), all(block.bn2.weight.eq(0).all() for block in blocks))  # each block's last BN: gamma = 0
#> 8 True
print(BasicBlock(64, 64).bn2.weight[:4].tolist())  # the default: gamma = 1
#> [1.0, 1.0, 1.0, 1.0]

x = torch.randn(2, 64, 16, 16).relu()  # a block's input comes out of a ReLU: >= 0
block = model.layer1[0]
print(torch.equal(block(x), x))  # relu(0 + x) = x: the block starts as the identity
#> True
down = model.layer2[0]  # a block that halves the size keeps its 1x1 projection on the skip path
print(torch.equal(down(x), down.downsample(x).relu()))
#> True
block(x).pow(2).mean().backward()  # the first step trains gamma (and beta); the layers behind get zero gradient
print(block.bn2.weight.grad.ne(0).any().item(), block.bn2.bias.grad.ne(0).any().item())
#> True True
print(all(p.grad.eq(0).all().item() for name, p in block.named_parameters() if not name.startswith("bn2.")))
#> True
