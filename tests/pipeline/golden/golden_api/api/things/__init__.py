# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains endpoint functions for accessing the API"""
