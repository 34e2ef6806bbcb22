"""Commands of the CLI beyond check and explain, one module each.

Each module defines one click command named ``command``; cli.py adds
every module listed in COMMANDS that exists.
"""
COMMANDS = ["compare", "whatif", "timeline", "ask", "batch"]
