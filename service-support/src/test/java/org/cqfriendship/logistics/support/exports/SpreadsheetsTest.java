package org.cqfriendship.logistics.support.exports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both downloads hold the same list, read back with the same libraries, names in every script intact. */
class SpreadsheetsTest {

    private final Sheet people = Sheet.named("Riders CKG 2026-05-20", "Name", "Locality", "Seats")
            .row("Khamla Sisavath (ຄຳຫຼ້າ)", "琅勃拉邦省", 7)
            .row("Ирина Кушнаренко", "Minsk Region", null)
            .row("=HYPERLINK(\"http://evil\")", "-2+3", 1)
            .build();

    @Test
    void theCsvStartsWithAByteOrderMarkAndReadsBackAsWritten() throws IOException {
        byte[] csv = Spreadsheets.csv(people);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFName,Locality,Seats");

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("Locality")).isEqualTo("琅勃拉邦省");
        assertThat(records.get(1).get("Name")).isEqualTo("Ирина Кушнаренко");
        assertThat(records.get(1).get("Seats")).isEmpty();
        assertThat(records.get(2).get("Name")).as("a formula is kept as text").isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(records.get(2).get("Locality")).isEqualTo("'-2+3");
    }

    @Test
    void theWorkbookHoldsTheSameRowsWithNumbersAsNumbers() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(Spreadsheets.xlsx(List.of(people))))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Riders CKG 2026-05-20");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Name");
            assertThat(rows.get(1).getCellText(1)).isEqualTo("琅勃拉邦省");
            assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(seats -> assertThat(seats.intValue()).isEqualTo(7));
            assertThat(rows.get(2).getCellText(0)).isEqualTo("Ирина Кушнаренко");
            assertThat(rows.get(3).getCellText(0)).as("text, not a formula").isEqualTo("=HYPERLINK(\"http://evil\")");
        }
    }
}
