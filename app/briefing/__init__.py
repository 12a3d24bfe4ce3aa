"""Printed documents: gather the data through the services, then render with reportlab."""
