"""The Word (.docx) writer: parapp.document's model in Word's own terms (styles,
sections, fields, tables), written with python-docx."""
