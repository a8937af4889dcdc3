import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

torch.manual_seed(0)
q, k, v = torch.randn(3, 2, 4, 5, 8).unbind(0)  # (batch, heads, length, head_dim)
print(list(SDPBackend.__members__))
#> ['ERROR', 'MATH', 'FLASH_ATTENTION', 'EFFICIENT_ATTENTION', 'CUDNN_ATTENTION', 'OVERRIDEABLE']
with sdpa_kernel(SDPBackend.MATH):  # the reference implementation, on any device
    reference = F.scaled_dot_product_attention(q, k, v)
with sdpa_kernel(SDPBackend.FLASH_ATTENTION):  # the CPU has a flash kernel too
    torch.testing.assert_close(F.scaled_dot_product_attention(q, k, v), reference)
# a list allows several; PyTorch picks among them
with sdpa_kernel([SDPBackend.FLASH_ATTENTION, SDPBackend.MATH]):
    torch.testing.assert_close(F.scaled_dot_product_attention(q, k, v), reference)
for backend in (SDPBackend.EFFICIENT_ATTENTION, SDPBackend.CUDNN_ATTENTION):
    with sdpa_kernel(backend):  # CUDA kernels: forcing one on the CPU fails
        try:
            F.scaled_dot_product_attention(q, k, v)
        except RuntimeError as e:
            print(f"{backend.name}: {type(e).__name__}: {e}")
            #> EFFICIENT_ATTENTION: RuntimeError: No viable backend for scaled_dot_product_attention was found. This is likely due to turning off both the math kernel and the fused kernels.
            #> CUDNN_ATTENTION: RuntimeError: No viable backend for scaled_dot_product_attention was found. This is likely due to turning off both the math kernel and the fused kernels.
