"""``python -m pyenforce``: the command line."""
from .cli import main

main()
