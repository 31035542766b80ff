# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.
"""Contains methods for accessing the API"""
