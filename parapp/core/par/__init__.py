"""The PAR INDEX self-assessment (Chỉ số CCHC): the province's criteria set as
a tree, points, totals, losses, reading the set from the annex it arrives in,
and the remediation tasks its lost points call for. No Qt, no SQLite."""
