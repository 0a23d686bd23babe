"""XML processing: minipy provides the xml.etree package."""
