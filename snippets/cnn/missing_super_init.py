# raises: AttributeError
from torch import nn


class ResBlock(nn.Module):
    def __init__(self, channels):  # a common slip: no super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, kernel_size=3, padding=1)


ResBlock(16)
#> AttributeError: cannot assign module before Module.__init__() call
