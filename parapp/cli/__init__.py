"""The command line: `parapp` opens the window, subcommands work headless."""
