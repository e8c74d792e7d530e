# A loop calling a one-line function, three times.
f = lambda x: x * 2 % 7
s = 0
for i in range(1000000):
    s = s + f(i)
for i in range(1000000):
    s = s + f(i)
for i in range(1000000):
    s = s + f(i)
print(s)
