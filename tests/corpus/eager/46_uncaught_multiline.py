# Errors inside expressions that span several lines.
def scale(values, factor):
    return [v * factor for v in values]


config = {"factor": 2, "values": [1, 2, 3]}
print(scale(config["values"], config["factor"]))
try:
    result = scale(
        config["values"],
        config["scale"],
    )
except KeyError as e:
    print("KeyError", e)
result = scale(
    config["values"],
    None,
)
