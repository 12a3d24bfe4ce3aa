"""Samverkan: the desk application of a municipal safety office (everything but Qt)."""

__version__ = "0.1.0"
