"""Printed documents and files: quotation, booking confirmation, daily list, CSV/XLSX.

Everything here renders plain data handed over by a service (no Qt, no SQL).
"""
