"""`make bench`: what one machine carries, each figure against a baseline measured in the same run."""
