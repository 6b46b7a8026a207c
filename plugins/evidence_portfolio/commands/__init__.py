"""The `portfolio` command and what its subcommands write."""
