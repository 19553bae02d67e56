package org.cqfriendship.logistics.support.exports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Sheets written with libraries, never by hand: CSV by Apache Commons CSV (RFC 4180, UTF-8 with a
 * byte-order mark so that Excel opens Chinese and Cyrillic names intact), and Excel workbooks by
 * FastExcel, one worksheet per sheet with its headings in bold and frozen.
 */
public final class Spreadsheets {

    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Excel's limit for a worksheet's name. */
    private static final int LONGEST_SHEET_NAME = 31;

    private Spreadsheets() {
    }

    /**
     * The download of {@code sheets} in {@code format} ({@code csv}: the first sheet only;
     * {@code xlsx}: all), as {@code name}.csv or .xlsx.
     */
    public static ResponseEntity<byte[]> download(String format, String name, List<Sheet> sheets) {
        boolean excel = "xlsx".equals(format);
        byte[] body = excel ? xlsx(sheets) : csv(sheets.get(0));
        return ResponseEntity.ok().contentType(excel ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + (excel ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    public static byte[] csv(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // Before the header, which the printer writes as it opens.
            writer.write(BYTE_ORDER_MARK);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(sheet.columns().toArray(String[]::new)).get());
            for (List<Object> row : sheet.rows()) {
                printer.printRecord(row.stream().map(Spreadsheets::csvCell).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A text a spreadsheet would take for a formula (=, +, -, @, tab, return first: names and notes
     * come from the public) is kept as text with a leading apostrophe (OWASP's CSV injection advice).
     */
    private static Object csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    public static byte[] xlsx(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Delegation logistics", "1.0");
            for (Sheet sheet : sheets) {
                write(sheet, workbook.newWorksheet(sheetName(sheet.name())));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Sheet sheet, Worksheet worksheet) {
        for (int column = 0; column < sheet.columns().size(); column++) {
            worksheet.value(0, column, sheet.columns().get(column));
            worksheet.style(0, column).bold().set();
        }
        worksheet.freezePane(0, 1);
        for (int row = 0; row < sheet.rows().size(); row++) {
            List<Object> values = sheet.rows().get(row);
            for (int column = 0; column < values.size(); column++) {
                Object value = values.get(column);
                if (value instanceof Number number) {
                    worksheet.value(row + 1, column, number);
                } else if (value instanceof Boolean flag) {
                    worksheet.value(row + 1, column, flag);
                } else if (value != null) {
                    worksheet.value(row + 1, column, value.toString());
                }
            }
        }
    }

    /** Excel refuses names over 31 characters or with any of : \ / ? * [ ]. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.length() <= LONGEST_SHEET_NAME ? clean : clean.substring(0, LONGEST_SHEET_NAME);
    }
}
