# timeout: 60
import torch

compiles = 0


def counting_backend(gm, example_inputs):  # called once per (re)compilation
    global compiles
    compiles += 1
    return gm.forward


def f(x):
    return torch.relu(x) * 2


for dynamic in (None, False, True):
    torch.compiler.reset()  # forget earlier compilations (and the shapes seen)
    compiles = 0
    compiled = torch.compile(f, backend=counting_backend, dynamic=dynamic)
    for batch in (2, 3, 4, 5):  # a new shape each call
        compiled(torch.randn(batch, 4))
    print(f"dynamic={dynamic}: compilations for 4 shapes: {compiles}")
    #> dynamic=None: compilations for 4 shapes: 2
    #> dynamic=False: compilations for 4 shapes: 4
    #> dynamic=True: compilations for 4 shapes: 1
compiled(torch.randn(1, 4))  # sizes 0 and 1 are specialised even under dynamic=True
print(f"after a batch of 1: {compiles}")
#> after a batch of 1: 2

try:  # public: make any recompilation an error, to catch them in a test
    with torch.compiler.set_stance("fail_on_recompile"):
        compiled(torch.randn(5, 4, dtype=torch.float64))  # a new dtype needs a new graph
except RuntimeError as e:
    print(f"{type(e).__name__}: {str(e).split('. filename')[0]}")
    #> RuntimeError: Detected recompile when torch.compile stance is 'fail_on_recompile'
    print(next(line for line in str(e).splitlines() if "mismatch" in line).split(": ", 1)[1])
    #> tensor 'x' dtype mismatch. expected Float, actual Double
