"""target-mysql-replica: mirrors Singer streams into a MySQL/MariaDB replica with exact types."""
