"""Due for erasure: the retention review, erasure and the deletion log."""
