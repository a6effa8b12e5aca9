"""Documents from the GUI: preview, printing, sending a quotation, exporting the day."""
