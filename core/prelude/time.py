# time: the calendar half of CPython 3.11's Modules/timemodule.c as Python, over the native clocks
# (core/runtime/sysmodule.cpp: time, time_ns, perf_counter, monotonic, process_time, sleep).
# The playground's time zone is UTC, as a container's usually is: localtime is gmtime with zone
# 'UTC' (gmtime's is 'GMT'), timezone = altzone = 0, daylight = 0. struct_time is a 9-item tuple
# subclass with tm_zone / tm_gmtoff, printed as time.struct_time(...); strftime implements the C
# library's directives in the C locale. Not provided: strptime, tzset, get_clock_info, the
# clock_* functions.
__dp_hide_frames__ = True  # C in CPython: no lines of this file in tracebacks

timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
           'tm_isdst')


class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(seq)
        if n < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % n)
        if n > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % n)
        self = tuple.__new__(cls, seq[:9])
        self._extra = (seq[9] if n > 9 else None, seq[10] if n > 10 else None)
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self)) + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self), {}))


struct_time.__module__ = "time"


def _days_to_civil(days):
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def _civil_to_days(y, m, d):
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    mp = m - 3 if m > 2 else m + 9
    doy = (153 * mp + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _secs(secs):
    if secs is None:
        return int(time())
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        if secs in (float("inf"), float("-inf")):
            raise OverflowError("timestamp out of range for platform time_t")
        return int(secs // 1)  # rounded toward -inf, as _PyTime_ROUND_FLOOR
    if isinstance(secs, int):
        return int(secs)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)


def _make(secs, zone):
    secs = _secs(secs)
    days, rem = divmod(secs, 86400)
    y, m, d = _days_to_civil(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = days - _civil_to_days(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, wday, yday, 0, zone, 0))


def gmtime(secs=None):
    return _make(secs, 'GMT')


def localtime(secs=None):
    return _make(secs, 'UTC')


def _tuple(t, name):
    if t is None:
        return localtime()
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("%s(): illegal time tuple argument" % name)
    return t


def mktime(t):
    t = _tuple(t, "mktime")
    y, m, d, hh, mi, ss = t[0], t[1], t[2], t[3], t[4], t[5]
    # normalize the month as mktime does, then count days and seconds
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    days = _civil_to_days(y, m, 1) + d - 1
    return float(days * 86400 + hh * 3600 + mi * 60 + ss)


_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')


def _check(t):
    y, m, d, hh, mi, ss, wd, yd, dst = t
    if not 0 <= m <= 12:
        raise ValueError("month out of range")
    if not 0 <= d <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hh <= 23:
        raise ValueError("hour out of range")
    if not 0 <= mi <= 59:
        raise ValueError("minute out of range")
    if not 0 <= ss <= 61:
        raise ValueError("seconds out of range")
    if wd < 0:
        raise ValueError("day of week out of range")
    if not 0 <= yd <= 366:
        raise ValueError("day of year out of range")


def asctime(t=None):
    t = _tuple(t, "asctime")
    _check(tuple(t))
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6] % 7][:3], _MONTHS[max(t[1], 1) - 1][:3], t[2],
                                            t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def _iso(y, yday, wday):
    # ISO 8601 year and week of the date (wday: Monday 0)
    thursday = yday - 1 - wday + 3  # 0-based day of year of that week's Thursday
    iy = y
    if thursday < 0:
        iy -= 1
        thursday += 366 if _is_leap(iy) else 365
    elif thursday >= (366 if _is_leap(y) else 365):
        thursday -= 366 if _is_leap(y) else 365
        iy += 1
    return iy, thursday // 7 + 1


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = _tuple(t, "strftime")
    y, m, d, hh, mi, ss, wd, yd, dst = tuple(t)
    _check((y, m, d, hh, mi, ss, wd, yd, dst))
    if m == 0:
        m = 1
    if d == 0:
        d = 1
    if yd == 0:
        yd = 1
    zone = getattr(t, "tm_zone", None) or tzname[0]
    cwd = (wd + 1) % 7  # the C library's weekday: Sunday 0
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = format[i + 1]
        i += 2
        h12 = hh % 12 or 12
        if k == "a":
            out.append(_DAYS[wd % 7][:3])
        elif k == "A":
            out.append(_DAYS[wd % 7])
        elif k in "bh":
            out.append(_MONTHS[m - 1][:3])
        elif k == "B":
            out.append(_MONTHS[m - 1])
        elif k == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wd % 7][:3], _MONTHS[m - 1][:3], d, hh, mi, ss, y))
        elif k == "C":
            out.append("%02d" % (y // 100))
        elif k == "d":
            out.append("%02d" % d)
        elif k in "Dx":
            out.append("%02d/%02d/%02d" % (m, d, y % 100))
        elif k == "e":
            out.append("%2d" % d)
        elif k == "F":
            out.append("%d-%02d-%02d" % (y, m, d))
        elif k == "G":
            out.append("%d" % _iso(y, yd, wd)[0])
        elif k == "g":
            out.append("%02d" % (_iso(y, yd, wd)[0] % 100))
        elif k == "H":
            out.append("%02d" % hh)
        elif k == "I":
            out.append("%02d" % h12)
        elif k == "j":
            out.append("%03d" % yd)
        elif k == "k":
            out.append("%2d" % hh)
        elif k == "l":
            out.append("%2d" % h12)
        elif k == "m":
            out.append("%02d" % m)
        elif k == "M":
            out.append("%02d" % mi)
        elif k == "n":
            out.append("\n")
        elif k == "p":
            out.append("AM" if hh < 12 else "PM")
        elif k == "r":
            out.append("%02d:%02d:%02d %s" % (h12, mi, ss, "AM" if hh < 12 else "PM"))
        elif k == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif k == "S":
            out.append("%02d" % ss)
        elif k == "t":
            out.append("\t")
        elif k in "TX":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif k == "u":
            out.append("%d" % (wd % 7 + 1))
        elif k == "U":
            out.append("%02d" % ((yd - 1 + 7 - cwd) // 7))
        elif k == "V":
            out.append("%02d" % _iso(y, yd, wd)[1])
        elif k == "w":
            out.append("%d" % cwd)
        elif k == "W":
            out.append("%02d" % ((yd - 1 + 7 - (cwd + 6) % 7) // 7))
        elif k == "y":
            out.append("%02d" % (y % 100))
        elif k == "Y":
            out.append("%d" % y)
        elif k == "z":
            out.append("+0000")
        elif k == "Z":
            out.append(zone)
        elif k == "%":
            out.append("%")
        else:
            out.append("%" + k)
    return "".join(out)


def thread_time():
    return process_time()


def thread_time_ns():
    return process_time_ns()
