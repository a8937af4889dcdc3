# stderr: SyncActivityProfilerHandler
# stderr: gpuGetDeviceCount failed
import json
import tempfile
from pathlib import Path

import torch
from torch.profiler import ProfilerActivity, profile, record_function

torch.manual_seed(0)
x = torch.randn(128, 128)
with profile(activities=[ProfilerActivity.CPU]) as prof:
    with record_function("two matmuls"):
        y = (x @ x) @ x
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "trace.json"
    prof.export_chrome_trace(str(path))  # open it in ui.perfetto.dev or chrome://tracing
    events = json.loads(path.read_text())["traceEvents"]
names = [e["name"] for e in events if e.get("ph") == "X"]  # "X": a complete event, with ts and dur
print(names.count("two matmuls"), names.count("aten::matmul"))
#> 1 2
print(sorted(set(names)))
#> ['PyTorch Profiler (0)', 'aten::matmul', 'aten::mm', 'aten::resolve_conj', 'two matmuls']
