import torch
from torchvision.transforms import v2

torch.manual_seed(0)
images, labels = torch.rand(4, 3, 8, 8), torch.tensor([0, 1, 2, 3])  # a BATCH; int64 class indices
cutmix = v2.CutMix(num_classes=5)
x, y = cutmix(images, labels)  # pastes a rectangle of the previous image into each image
print(x.shape, y.shape, y.dtype)  # the labels are now soft: one row of probabilities per sample
#> torch.Size([4, 3, 8, 8]) torch.Size([4, 5]) torch.float32
print(y, y.sum(1))  # the rectangle's share of the area goes to the other image's class
#> tensor([[0.9375, 0.0000, 0.0000, 0.0625, 0.0000],
#>         [0.0625, 0.9375, 0.0000, 0.0000, 0.0000],
#>         [0.0000, 0.0625, 0.9375, 0.0000, 0.0000],
#>         [0.0000, 0.0000, 0.0625, 0.9375, 0.0000]]) tensor([1., 1., 1., 1.])
own = y[torch.arange(4), labels]  # each image's share of its own label
pasted = x != images  # each image is paired with the one before it in the batch
assert torch.equal(x[pasted], images.roll(1, dims=0)[pasted])
assert torch.equal(pasted.float().mean((1, 2, 3)), 1 - own)
try:
    cutmix(images[0], labels[0])  # one sample: it works on batches only
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
    #> ValueError: labels should be index based with shape (batch_size,) or probability based with shape (batch_size, num_classes), but got a tensor of shape torch.Size([]) instead.
