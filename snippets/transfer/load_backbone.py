import tempfile
from pathlib import Path

import torch
from torchvision.models import resnet18

torch.manual_seed(0)
pretrained = resnet18(weights=None)  # stands in for a network trained on 1000 classes
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "pretrained.pth"
    torch.save(pretrained.state_dict(), path)
    state = torch.load(path, map_location="cpu", weights_only=True)  # tensors onto the CPU, wherever saved

model = resnet18(weights=None, num_classes=10)  # the same backbone, a 10-class head
try:
    model.load_state_dict(state, strict=False)  # strict=False forgives missing and unexpected keys, not shapes
except RuntimeError as e:
    print(f"{type(e).__name__}:", "\n".join(line.strip() for line in str(e).splitlines()))
    #> RuntimeError: Error(s) in loading state_dict for ResNet:
    #> size mismatch for fc.weight: copying a param with shape torch.Size([1000, 512]) from checkpoint, the shape in current model is torch.Size([10, 512]).
    #> size mismatch for fc.bias: copying a param with shape torch.Size([1000]) from checkpoint, the shape in current model is torch.Size([10]).
backbone = {key: value for key, value in state.items() if not key.startswith("fc.")}  # drop the old head
result = model.load_state_dict(backbone, strict=False)
print(result.missing_keys, result.unexpected_keys)  # exactly the new head: check them every time
#> ['fc.weight', 'fc.bias'] []
assert torch.equal(model.layer4[1].conv2.weight, pretrained.layer4[1].conv2.weight)
