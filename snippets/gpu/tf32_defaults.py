import torch

# float32 on an NVIDIA GPU: cuDNN convolutions use TF32 by default, matmuls do not
print(torch.backends.cudnn.conv.fp32_precision)
#> tf32
print(torch.backends.cuda.matmul.fp32_precision)  # nothing asks for TF32: full float32
#> none
torch.backends.cuda.matmul.fp32_precision = "tf32"  # faster matmuls, 11 significant bits
print(torch.backends.cuda.matmul.fp32_precision)
#> tf32
