"""Question-bank file formats: the native YAML and the interchange formats."""
