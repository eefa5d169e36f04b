"""Shared parts of the admin reports every Balise app builds on."""
