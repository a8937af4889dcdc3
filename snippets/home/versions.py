import sys

import torch
import torchvision

print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
#> Python 3.11
# the release only: the build tag after "+" (cu130, cpu, none at all) differs by platform
print(f"torch {torch.__version__.split('+')[0]}, torchvision {torchvision.__version__.split('+')[0]}")
#> torch 2.14.1, torchvision 0.29.1
