"""tap-opendental: a Singer tap for OpenDental's MySQL/MariaDB database."""
