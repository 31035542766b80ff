# Generated from spec/ by `make generate` (openapi-python-client with templates/): do not edit.

"""A client library for accessing Golden"""
