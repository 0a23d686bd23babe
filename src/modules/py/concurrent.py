"""Concurrent execution: minipy provides the concurrent.futures package."""
