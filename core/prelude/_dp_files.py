# The run's in-memory file system: path -> content, shared by torch.save/torch.load
# (torch/serialization.py) and os.remove / os.path.exists. The playground reaches no disk; every
# run starts from the warm interpreter's snapshot, so the files live for one run.
files = {}
