# stderr: SyncActivityProfilerHandler
# stderr: gpuGetDeviceCount failed
import torch
import torch.nn.functional as F
from torch.profiler import profile


def gelu_by_hand(x):  # the tanh formula written out
    return 0.5 * x * (1 + torch.tanh(0.7978845608 * (x + 0.044715 * x**3)))


torch.manual_seed(0)
x = torch.randn(1000)
torch.testing.assert_close(gelu_by_hand(x), F.gelu(x, approximate="tanh"))
for fn in (gelu_by_hand, lambda x: F.gelu(x, approximate="tanh")):
    with profile() as prof:  # records each ATen op that eager mode runs
        fn(x)
    print([event.name for event in prof.events() if event.cpu_parent is None])
    #> ['aten::mul', 'aten::pow', 'aten::mul', 'aten::add', 'aten::mul', 'aten::tanh', 'aten::add', 'aten::mul']
    #> ['aten::gelu']
