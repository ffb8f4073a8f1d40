"""Round 41D F10, `figures import` of a table whose row names stand in an untitled column beside a titled column of
figures the importer gives no meaning ("Tổng số" without its group, as an .xlsx shows it with the group row hidden,
or a .csv so exported): "Tổng số" was taken for the column naming the rows, "Tổng cộng" was then a field, every figure
stored twice (14 on time where the sheet's total says 7), exit 0. A column naming rows holds some text."""

from __future__ import annotations

import io

import openpyxl


def test_a_csv_with_untitled_names_reads_its_total():
    from parapp.core.figures_import import read_bytes

    data = "Báo cáo quý II năm 2030\n,,Tổng số,Đúng hạn,Quá hạn\n1,Hộ tịch,10,7,3\n2,Đất đai,2,1,1\n,Tổng cộng,12,8,4\n"
    read = read_bytes(data.encode(), "so lieu.csv")
    assert read.values["dossiers.resolved_on_time"] == 8 and read.values["dossiers.resolved_late"] == 4, read.values


def test_an_xlsx_with_its_group_row_hidden_reads_its_total():
    from parapp.core.figures_import import read_bytes

    wb = openpyxl.Workbook()
    ws = wb.active
    for r in [["Báo cáo quý II năm 2030"], ["STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết", None, "Kết quả", None],
              [None, None, "Tổng số", "Trực tuyến", "Đúng hạn", "Quá hạn"], [1, "Hộ tịch", 10, 4, 7, 3],
              [None, "Tổng cộng", 10, 4, 7, 3]]:
        ws.append(r)
    ws.row_dimensions[2].hidden = True
    out = io.BytesIO()
    wb.save(out)
    read = read_bytes(out.getvalue(), "so lieu.xlsx")
    assert read.values["dossiers.resolved_on_time"] == 7 and read.values["dossiers.received_online"] == 4, read.values
