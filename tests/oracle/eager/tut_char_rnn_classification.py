# "NLP From Scratch: Classifying Names with a Character-Level RNN" (PyTorch tutorials, current
# version): one-hot letters, CharRNN = nn.RNN -> Linear on the last hidden state -> LogSoftmax,
# trained with SGD and NLLLoss on a few made-up names (the tutorial downloads its data).
import string
import torch
import torch.nn as nn

allowed_characters = string.ascii_letters + " .,;'"
n_letters = len(allowed_characters)


def letterToIndex(letter):
    return allowed_characters.find(letter)


def lineToTensor(line):
    tensor = torch.zeros(len(line), 1, n_letters)
    for li, letter in enumerate(line):
        tensor[li][0][letterToIndex(letter)] = 1
    return tensor


class CharRNN(nn.Module):
    def __init__(self, input_size, hidden_size, output_size):
        super(CharRNN, self).__init__()

        self.rnn = nn.RNN(input_size, hidden_size)
        self.h2o = nn.Linear(hidden_size, output_size)
        self.softmax = nn.LogSoftmax(dim=1)

    def forward(self, line_tensor):
        rnn_out, hidden = self.rnn(line_tensor)
        output = self.h2o(hidden[0])
        output = self.softmax(output)

        return output


torch.manual_seed(2024)
labels_uniq = ["English", "Italian", "Japanese"]
data = [("Smith", 0), ("Rossi", 1), ("Tanaka", 2), ("Brown", 0), ("Bianchi", 1), ("Suzuki", 2)]
n_hidden = 16
rnn = CharRNN(n_letters, n_hidden, len(labels_uniq))
print(rnn)
print(lineToTensor("Ab").shape)
output = rnn(lineToTensor("Albert"))
print(output)

criterion = nn.NLLLoss()
optimizer = torch.optim.SGD(rnn.parameters(), lr=0.15)
for epoch in range(12):
    current_loss = 0.0
    optimizer.zero_grad()
    batch_loss = 0
    for name, label in data:
        out = rnn(lineToTensor(name))
        loss = criterion(out, torch.tensor([label]))
        batch_loss += loss
    batch_loss.backward()
    nn.utils.clip_grad_norm_(rnn.parameters(), 3)
    optimizer.step()
    optimizer.zero_grad()
    current_loss += batch_loss.item() / len(data)
    if epoch % 3 == 2:
        print(epoch, current_loss)
with torch.no_grad():
    for name, label in data:
        out = rnn(lineToTensor(name))
        print(name, labels_uniq[out.argmax(1).item()], out.flatten().tolist())
