"""CLI command handlers: each turns parsed arguments into one library call."""
