import sys

import torch
import torchvision

print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
#> Python 3.11
print(f"torch {torch.__version__}, torchvision {torchvision.__version__}")
#> torch 2.14.1+cu130, torchvision 0.29.1+cu130
