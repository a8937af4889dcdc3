import tempfile
from pathlib import Path

import onnxruntime as ort
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).eval()
x = torch.randn(3, 4)
batch = torch.export.Dim("batch")  # the first dimension may be any size
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "model.onnx"
    # dynamo=True (the default) goes through torch.export; verbose=False: no progress lines
    torch.onnx.export(model, (x,), path, dynamo=True, dynamic_shapes=({0: batch},), verbose=False)
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
inp = session.get_inputs()[0]
print(inp.name, inp.shape)
#> input ['batch', 4]
for n in (3, 5):  # exported with 3 rows, run with 3 and with 5
    xn = torch.randn(n, 4)
    (out,) = session.run(None, {inp.name: xn.numpy()})
    torch.testing.assert_close(torch.from_numpy(out), model(xn), rtol=1e-5, atol=1e-5)
    print(n, out.shape)
    #> 3 (3, 2)
    #> 5 (5, 2)
