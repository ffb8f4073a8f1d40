"""The printed documents as a model that no renderer owns: the decree's page and
type (page.py), the blocks a document is made of (model.py), and the builders
that turn a report draft, a plan, the register and the PAR INDEX self-assessment
into those blocks. parapp.pdf draws the model; parapp.docx writes it for Word.
No Qt, no reportlab here."""
