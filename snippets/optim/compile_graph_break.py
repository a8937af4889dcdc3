# timeout: 60
import torch

graphs = 0


def counting_backend(gm, example_inputs):  # called once per captured graph
    global graphs
    graphs += 1
    return gm.forward


def f(x):
    y = torch.relu(x)
    if y.sum() > 0:  # branches on a tensor's VALUE: Python must see it, the graph breaks
        return y * 2
    return y


torch.compile(f, backend=counting_backend)(torch.ones(3))
print(f"graphs: {graphs}")  # a graph before the break, one after
#> graphs: 2
try:  # public: fullgraph=True raises at the first graph break, and says where and why
    torch.compile(f, backend="eager", fullgraph=True)(torch.ones(3))
except RuntimeError as e:  # torch._dynamo.exc.Unsupported
    print(f"{type(e).__name__}: {str(e).splitlines()[0]}")
    #> Unsupported: Data-dependent branching


def g(x):  # the fix: no Python branch, the choice inside the graph
    y = torch.relu(x)
    return torch.where(y.sum() > 0, y * 2, y)


torch.compile(g, backend="eager", fullgraph=True)(torch.ones(3))  # one graph, no error
torch.testing.assert_close(g(torch.ones(3)), f(torch.ones(3)))
