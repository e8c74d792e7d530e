# A scalar loop, three times: arithmetic on a global in a `for` loop.
s = 0
for i in range(1000000):
    s = s + i * 2 % 7
for i in range(1000000):
    s = s + i * 2 % 7
for i in range(1000000):
    s = s + i * 2 % 7
print(s)
