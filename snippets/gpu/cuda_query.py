# requires: cuda
import torch

print(torch.cuda.is_available(), torch.cuda.device_count())
#> True 1
print(torch.cuda.get_device_name(0))
#> NVIDIA H200
props = torch.cuda.get_device_properties(0)
print(f"{props.total_memory / 2**30:.0f} GiB, {props.multi_processor_count} SMs, "
      f"compute capability {props.major}.{props.minor}")
#> 140 GiB, 132 SMs, compute capability 9.0
cuda0 = torch.device("cuda:0")  # the object that names a GPU; index 0 is the first one
print(cuda0, cuda0.type, cuda0.index)
#> cuda:0 cuda 0
