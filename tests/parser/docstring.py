"""Module docstring."""
import sys
