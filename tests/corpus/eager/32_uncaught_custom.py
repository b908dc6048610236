# Uncaught user-defined exception raised with a message.
class ValidationError(Exception):
    pass


def validate(age):
    if age < 0:
        raise ValidationError(f"age must be non-negative, got {age}")
    return age


for a in [3, 0, -2]:
    print(validate(a))
