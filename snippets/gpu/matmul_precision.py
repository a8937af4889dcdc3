# uses: bench.py
# stderr: No CUDA runtime is found
import torch
from bench import measure, show, sizes

device = torch.accelerator.current_accelerator(check_available=True) or torch.device("cpu")
torch.manual_seed(0)
n = sizes([128], [8192 if device.type == "cuda" else 1024])[0]
a64, b64 = torch.randn(2, n, n, device=device, dtype=torch.float64)
exact = a64 @ b64
errors = {}
for mode in ("float32", "tf32", "bfloat16"):
    # TF32 (11 significant bits) is a CUDA tensor-core mode; elsewhere it is ignored
    torch.backends.cuda.matmul.fp32_precision = "tf32" if mode == "tf32" else "ieee"
    dtype = torch.bfloat16 if mode == "bfloat16" else torch.float32
    a, b = a64.to(dtype), b64.to(dtype)
    r = measure(f"{mode} matmul", n, lambda: a @ b, device=device, dtype=dtype, flops=2 * n**3)
    errors[mode] = ((a @ b).double() - exact).norm() / exact.norm()
    print(show(r), f"relative error {errors[mode]:.0e}")
    #> float32 matmul 128: ... us (IQR ..., ... blocks of calls) ... GFLOP/s... relative error ...
    #> tf32 matmul 128: ... us (IQR ..., ... blocks of calls) ... GFLOP/s... relative error ...
    #> bfloat16 matmul 128: ... us (IQR ..., ... blocks of calls) ... GFLOP/s... relative error ...
assert errors["float32"] < 1e-5 and 1e-3 < errors["bfloat16"] < 1e-2  # 24 and 8 significant bits
if device.type == "cpu":  # torch.backends.cuda does not reach CPU kernels: TF32 is float32 here
    torch.testing.assert_close(errors["tf32"], errors["float32"], rtol=0.01, atol=0)
