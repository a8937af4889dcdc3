import torch
from torchvision.models import resnet18
from torchvision.ops import FrozenBatchNorm2d

torch.manual_seed(0)
trained = resnet18(weights=None)
trained(torch.randn(8, 3, 32, 32))  # a train-mode pass moves the running statistics: "pre-trained"
frozen = resnet18(weights=None, norm_layer=FrozenBatchNorm2d)  # the same network, every BN frozen
print(frozen.load_state_dict(trained.state_dict()))  # the same keys (num_batches_tracked is dropped)
#> <All keys matched successfully>
print(frozen.bn1, [name for name, _ in frozen.bn1.named_buffers()])  # gamma and beta are buffers too
#> FrozenBatchNorm2d(64, eps=1e-05) ['weight', 'bias', 'running_mean', 'running_var']
count = [sum(p.numel() for p in model.parameters()) for model in (trained, frozen)]
print(count, count[0] - count[1])  # no BN parameters left for an optimizer (or weight decay) to touch
#> [11689512, 11679912] 9600

x = torch.randn(2, 3, 32, 32)
before = frozen.layer1[0].bn1.running_mean.clone()
out = frozen.train()(x)  # train mode: still the running statistics, and nothing updates
print(torch.equal(frozen.layer1[0].bn1.running_mean, before), torch.allclose(out, trained.eval()(x), atol=1e-5))
#> True True
