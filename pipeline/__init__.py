"""Multilingual extraction of project facts from documents about EU-funded projects."""

__version__ = "0.1.0"
