import torch

# a weight whose loss gradient is 0: only weight decay moves it, 10 steps at lr=0.01
for wd in (0.1, 0.001):
    for Opt in (torch.optim.Adam, torch.optim.AdamW):
        w = torch.ones(1, requires_grad=True)
        optimizer = Opt([w], lr=0.01, weight_decay=wd)
        for step in range(10):
            w.grad = torch.zeros(1)  # what backward() would leave
            optimizer.step()
        print(f"{Opt.__name__:5} weight_decay={wd}: w = {w.item():.4f}")
        #> Adam  weight_decay=0.1: w = 0.9003
        #> AdamW weight_decay=0.1: w = 0.9900
        #> Adam  weight_decay=0.001: w = 0.9004
        #> AdamW weight_decay=0.001: w = 0.9999
        if Opt is torch.optim.AdamW:  # w * (1 - lr * wd), once per step
            torch.testing.assert_close(w.detach(), torch.tensor([(1 - 0.01 * wd) ** 10]))
        else:  # wd * w is added to the gradient, then divided by its running RMS: ~lr a step
            torch.testing.assert_close(w.item(), 1 - 10 * 0.01, atol=1e-3, rtol=0)
