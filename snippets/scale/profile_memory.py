# stderr: SyncActivityProfilerHandler
# stderr: gpuGetDeviceCount failed
import torch
from torch.profiler import ProfilerActivity, profile

torch.manual_seed(0)
x = torch.randn(256, 256)
with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
    y = torch.ones(256, 1024)  # 256 * 1024 * 4 bytes = 1 MiB
    z = x @ x  # 256 KiB
    del y  # freeing shows as negative memory
averages = prof.key_averages()
for e in averages:
    if e.key in ("aten::ones", "aten::empty", "aten::mm", "[memory]"):
        print(e.key, e.self_cpu_memory_usage, e.cpu_memory_usage)
        #> aten::ones 0 1048576
        #> aten::empty 1048576 1048576
        #> aten::mm 262144 262144
        #> [memory] -1048576 -1048576
print(averages.table(sort_by="self_cpu_memory_usage", row_limit=2))
#> ---...
#> ...Name    Self CPU %      Self CPU   CPU total %     CPU total  CPU time avg       CPU Mem  Self CPU Mem    # of Calls...
#> ---...
#> ...aten::empty...1.00 MB       1.00 MB             1...
#> ...aten::mm...256.00 KB     256.00 KB             1...
#> ---...
#> Self CPU time total: ...
#>
