"""MeltanoLabs target-postgres with a bulk path for BATCH files and exact values in COPY."""
