"""The PAR INDEX page (Chỉ số CCHC): criteria tree, self-assessment, remediation, the criteria import."""
