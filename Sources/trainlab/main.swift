print("trainlab: the shell is not built yet")
