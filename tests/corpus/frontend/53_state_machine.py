# A tiny state machine using dicts of tuples.
transitions = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
}
state = "idle"
for event in ["start", "pause", "resume", "stop", "stop"]:
    key = (state, event)
    if key in transitions:
        state = transitions[key]
        print(event, "->", state)
    else:
        print(event, "ignored in", state)
