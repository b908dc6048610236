# time (CPython 3.11) in a UTC zone: gmtime / localtime as struct_time (repr, fields, tm_zone),
# mktime, asctime, ctime, strftime's directives (ISO weeks, %U / %W, %c, %e, ...), the zone
# constants, the argument errors, and sleep adding to the clocks.
import time
print(time.localtime(0)); print(time.tzname, time.timezone, time.daylight, time.altzone)
t = time.gmtime(1234567890.5)
print(t, t.tm_zone, t.tm_gmtoff, t[0], len(t), tuple(t), t.tm_year, t.tm_yday)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %p %I %j %w %U %W %y %Z %z %% %c %x %X %e %D %T %R %n %t %G %V %u %C %h', t))
print(time.asctime(t), time.ctime(1234567890), time.mktime(t), time.mktime(time.localtime(100)))
print(time.strftime('%Y', (2020,1,1,0,0,0,0,1,0)))
print(repr(time.struct_time((2020,1,2,3,4,5,6,7,0))))
print(time.gmtime(-1), time.gmtime(10**10), time.gmtime(-1.5))
for secs in (0, 951782400, 978307200, 1104537600, 1230768000, 1609459200, 1700000000, 4102444800, -2208988800):
    g = time.gmtime(secs)
    print(secs, tuple(g), time.strftime("%G-W%V-%u %U %W %j %a %c", g), time.mktime(g) == secs)
print(isinstance(t, tuple), type(t).__name__, t == tuple(t), time.localtime(0).tm_zone)
for bad in [lambda: time.struct_time((1, 2)), lambda: time.strftime("%Y", (1, 2)), lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime("x"), lambda: time.asctime((2020, 1, 1, 25, 0, 0, 0, 1, 0))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
for f in (time.asctime, time.mktime, lambda t: time.strftime('%Y', t)):
    for arg in ((1, 2), [1] * 9):
        try:
            f(arg)
        except Exception as e:
            print(type(e).__name__, e)
t0 = time.time(); time.sleep(0.01); print(time.time() - t0 >= 0.01, type(time.time_ns()).__name__, time.thread_time() >= 0)
