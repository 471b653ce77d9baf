"""Vipps Login Setup: guides an admin from "do we qualify?" to Vipps Login in Criipto/Idura."""

__version__ = "0.1.0"
