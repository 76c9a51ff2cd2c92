"""The concurrent package: its only module is concurrent.futures."""
