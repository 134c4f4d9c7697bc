

# only comments
  # indented comment

