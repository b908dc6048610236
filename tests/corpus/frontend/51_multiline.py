# Multi-line expressions and calls (positions spanning lines).
values = [
    1,
    2,
    3,
]
total = (values[0]
         + values[1]
         + values[2])
result = max(
    values,
    key=lambda v: -v,
)
text = ("abc"
        "def")
print(total, result, text)
print(
    "long", "call",
    sep="-",
)
obj = {"a": {"b": [10, 20]}}
print(obj["a"]
      ["b"][1])
print("x".upper()
      .lower())
