"""Chasing the work in the window: the daily reminder (notification area or banner), the
urging letter's dialog, each office's meeting list, and their settings."""
