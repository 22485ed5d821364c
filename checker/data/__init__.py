"""Vocabulary data files (YAML); see checker.vocab."""
