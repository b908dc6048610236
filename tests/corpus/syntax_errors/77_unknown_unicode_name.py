# \N{...} with a name Unicode 14.0.0 does not have
x = 1
y = "ab\N{NO SUCH CHARACTER}"
