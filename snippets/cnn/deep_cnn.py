import torch
import torch.nn.functional as F
from torch import nn


def conv_bn(channels):  # any block that keeps the shape will do
    conv = nn.Conv2d(channels, channels, 3, padding=1, bias=False)  # BN follows
    return nn.Sequential(conv, nn.BatchNorm2d(channels), nn.ReLU())


class DeepCNN(nn.Module):
    def __init__(self, in_channels, num_classes, num_blocks=2, ch_width=32, block=conv_bn):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, ch_width, kernel_size=3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(ch_width)
        blocks = [block(ch_width) for _ in range(num_blocks)]
        self.layers = nn.Sequential(*blocks)  # * unpacks the list; empty gives the identity
        self.dropout = nn.Dropout(0.2)
        self.fc = nn.Linear(ch_width, num_classes)

    def forward(self, x):
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.layers(x)
        x = x.mean((2, 3))  # global average pooling: (N, C, H, W) -> (N, C)
        return self.fc(self.dropout(x))


torch.manual_seed(0)
model = DeepCNN(in_channels=1, num_classes=10, num_blocks=3)
print(len(model.layers), model(torch.randn(4, 1, 8, 8)).shape)
#> 3 torch.Size([4, 10])
print(DeepCNN(1, 10, num_blocks=0).layers(torch.ones(1)))  # no blocks: passes x through
#> tensor([1.])
