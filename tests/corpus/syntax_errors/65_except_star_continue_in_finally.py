for x in range(3):
    try:
        pass
    except* ValueError:
        try:
            pass
        finally:
            continue
