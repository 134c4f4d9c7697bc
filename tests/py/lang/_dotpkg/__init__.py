# a package for the import tests (directories starting with _ hold no tests)
NAME = "dotpkg"
