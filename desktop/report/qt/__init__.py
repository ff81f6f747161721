"""The only part of the report package that uses Qt: laying out and painting the PDF."""
