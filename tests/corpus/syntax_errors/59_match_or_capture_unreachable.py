match 1:
    case 1 | z:
        pass
    case 2:
        pass
