"""URL handling modules (urllib.parse)."""
