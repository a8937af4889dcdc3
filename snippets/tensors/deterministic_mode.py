import os

import torch

# For cuBLAS (CUDA >= 10.2), set before the first CUDA call, or deterministic mode raises
os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
torch.use_deterministic_algorithms(True)  # pick deterministic kernels; raise where none exists
torch.backends.cudnn.benchmark = False  # no timing-based choice of convolution algorithm
assert torch.are_deterministic_algorithms_enabled()
print(torch.empty(3), torch.empty(2, dtype=torch.int8))  # filled: nan, or the largest integer
#> tensor([nan, nan, nan]) tensor([127, 127], dtype=torch.int8)
x = torch.zeros(3)
try:
    x.put_(torch.tensor([0, 0]), torch.tensor([1.0, 2.0]))  # which write wins is undefined
except RuntimeError as e:
    print("RuntimeError:", e)
    #> RuntimeError: put_ does not have a deterministic implementation, but you set 'torch.use_deterministic_algorithms(True)'. You can turn off determinism just for this operation, or you can use the 'warn_only=True' option, if that's acceptable for your application. You can also file an issue at https://github.com/pytorch/pytorch/issues to help us prioritize adding deterministic support for this operation.
torch.use_deterministic_algorithms(False)  # back to the default
