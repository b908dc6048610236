# squeeze / unsqueeze / flatten / unflatten / view shapes with size-1 dims.
import torch


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", r)


x = torch.zeros(1, 3, 1, 2)
t("squeeze", lambda: x.squeeze().shape)
t("squeeze 0", lambda: x.squeeze(0).shape)
t("squeeze 1", lambda: x.squeeze(1).shape)
t("squeeze -2", lambda: x.squeeze(-2).shape)
t("squeeze 0d", lambda: torch.tensor(1.).squeeze().shape)
t("squeeze 0d dim", lambda: torch.tensor(1.).squeeze(0).shape)
t("squeeze all ones", lambda: torch.zeros(1, 1).squeeze().shape)
t("unsqueeze 0", lambda: x.unsqueeze(0).shape)
t("unsqueeze -1", lambda: x.unsqueeze(-1).shape)
t("unsqueeze 4", lambda: x.unsqueeze(4).shape)
t("unsqueeze 0d", lambda: torch.tensor(1.).unsqueeze(0).shape)
t("unsqueeze 0d -1", lambda: torch.tensor(1.).unsqueeze(-1).shape)
t("flatten", lambda: x.flatten().shape)
t("flatten 0d", lambda: torch.tensor(1.).flatten().shape)
t("flatten start", lambda: x.flatten(2).shape)
t("flatten neg", lambda: x.flatten(-3, -2).shape)
t("unflatten", lambda: torch.zeros(6, 2).unflatten(0, (2, 3)).shape)
t("unflatten -1", lambda: torch.zeros(6).unflatten(0, (-1, 2)).shape)
t("unflatten bad", lambda: torch.zeros(6).unflatten(0, (4, 2)))
t("view 1s", lambda: torch.arange(6).view(1, 6, 1).shape)
t("reshape -1", lambda: torch.arange(6).reshape(-1).shape)
t("reshape 0d", lambda: torch.tensor(5).reshape(1, 1))
t("reshape to 0d", lambda: torch.tensor([5]).reshape(()))
t("T", lambda: torch.zeros(2, 3).T.shape)
t("mT", lambda: torch.zeros(4, 2, 3).mT.shape)
