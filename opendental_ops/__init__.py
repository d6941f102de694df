"""Operations commands for the pipeline: verify loads, test connections."""
