"""One function per clerk action. The only API the CLI and the GUI call."""
