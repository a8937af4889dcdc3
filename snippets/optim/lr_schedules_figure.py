# figure: lr_schedules.svg
import matplotlib
import matplotlib.pyplot as plt
import torch
from torch.optim import lr_scheduler as sched

matplotlib.rcParams["svg.hashsalt"] = "lr_schedules"  # same SVG ids every build
matplotlib.rcParams["svg.fonttype"] = "none"
schedules = {  # each builds its scheduler on a fresh optimizer with lr=0.1; 100 steps
    "StepLR(step_size=30, gamma=0.5)": lambda o: sched.StepLR(o, 30, gamma=0.5),
    "CosineAnnealingLR(T_max=100)": lambda o: sched.CosineAnnealingLR(o, T_max=100),
    "OneCycleLR(max_lr=0.1)": lambda o: sched.OneCycleLR(o, max_lr=0.1, total_steps=100),
    "LinearLR warm-up + cosine (SequentialLR)": lambda o: sched.SequentialLR(
        o, [sched.LinearLR(o, start_factor=0.01, total_iters=10),
            sched.CosineAnnealingLR(o, T_max=90)], milestones=[10]),
    "LambdaLR(0.97 ** step)": lambda o: sched.LambdaLR(o, lambda step: 0.97**step),
    "ReduceLROnPlateau(patience=10), val loss flat from 30":
        lambda o: sched.ReduceLROnPlateau(o, patience=10),
}
fig, ax = plt.subplots(figsize=(6, 3.5))
for label, make in schedules.items():
    optimizer = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)
    scheduler, lrs = make(optimizer), []
    for step in range(100):
        lrs.append(scheduler.get_last_lr()[0])
        optimizer.step()
        if isinstance(scheduler, sched.ReduceLROnPlateau):
            scheduler.step(max(0.5, 1 - step / 60))  # a made-up val loss: flat from step 30
        else:
            scheduler.step()
    ax.plot(lrs, linewidth=2, label=label)
ax.set(xlabel="step", ylabel="learning rate")
ax.legend(fontsize=7)
fig.tight_layout()
fig.savefig("lr_schedules.svg", metadata={"Date": None})
