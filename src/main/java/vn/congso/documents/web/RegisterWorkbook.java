package vn.congso.documents.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The registers of NĐ30 Phụ lục IV as XLSX: a title row, the appendix's columns, one row per document. */
@Component
class RegisterWorkbook {

    static final int INCOMING_COLUMNS = 9;
    static final int OUTGOING_COLUMNS = 10;

    private final MessageSource messages;

    RegisterWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    List<String> headers(String kind, Locale locale) {
        int count = kind.equals("in") ? INCOMING_COLUMNS : OUTGOING_COLUMNS;
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> messages.getMessage("documents.register." + kind + ".col." + i, null, locale)).toList();
    }

    byte[] write(String title, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(title.length() > 31 ? title.substring(0, 31) : title);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(1);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
