if x:
    a = 1

    # comment

    b = 2
  # odd comment
c = 3
