"""numcheck: a numeric-claim consistency checker for news."""
