"""The reports page (Báo cáo): periods, the report editor, delivery, the schedule."""
