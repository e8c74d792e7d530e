# List indexing and element assignment, three times over a 1,000-element list.
xs = [0] * 1000
for i in range(1000000):
    xs[i % 1000] = xs[i % 1000] + i
for i in range(1000000):
    xs[i % 1000] = xs[i % 1000] + i
for i in range(1000000):
    xs[i % 1000] = xs[i % 1000] + i
print(sum(xs))
