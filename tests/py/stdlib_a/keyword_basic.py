import keyword
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
print(keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
print(keyword.iskeyword('print'), keyword.issoftkeyword('_'), keyword.iskeyword('None'))
