"""Widgets. They receive models and callables; they never open the database or write SQL."""
