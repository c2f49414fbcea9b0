package com.consumesafe.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void reads_quoted_commas_doubled_quotes_and_line_breaks() {
        List<List<String>> records = CsvReader.read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n");

        assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\r\nlines"));
    }

    @Test
    void drops_a_byte_order_mark_and_reads_lf_and_a_last_line_without_break() {
        assertThat(CsvReader.read("\uFEFFid,name\n1,Nestlé")).containsExactly(List.of("id", "name"),
                List.of("1", "Nestlé"));
    }

    @Test
    void keeps_empty_fields_and_blank_lines_as_blank_records() {
        List<List<String>> records = CsvReader.read("a,,c\n\n,\n");

        assertThat(records).containsExactly(List.of("a", "", "c"), List.of(""), List.of("", ""));
        assertThat(CsvReader.isBlank(records.get(1))).isTrue();
        assertThat(CsvReader.isBlank(records.get(0))).isFalse();
        assertThat(CsvReader.read("")).isEmpty();
    }

    @Test
    void refuses_an_unclosed_quote_naming_its_record() {
        assertThatThrownBy(() -> CsvReader.read("a,b\n1,\"open\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.errors()).containsExactly(new RowError(1, "row",
                                "has a quote that is never closed")));
    }

    @Test
    void refuses_text_after_a_closing_quote() {
        assertThatThrownBy(() -> CsvReader.read("a\n\"x\"y\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.errors().getFirst().row()).isEqualTo(1));
    }

    @Test
    void writes_what_it_reads_back_unchanged() {
        List<String> fields = List.of("plain", "with, comma", "with \"quote\"", "two\nlines", " padded ", "");

        assertThat(CsvReader.read(CsvWriter.line(fields))).containsExactly(fields);
        assertThat(CsvWriter.line(List.of("a", "b"))).isEqualTo("a,b\r\n");
    }

    @Test
    void reads_record_by_record_from_a_stream_delivered_a_character_at_a_time() {
        Reader trickle = new Reader() {
            private final String text = "\uFEFFa,b\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\n\r\nlast,";
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at == text.length()) {
                    return -1;
                }
                buffer[offset] = text.charAt(at++);
                return 1;
            }

            @Override
            public void close() {
            }
        };
        CsvReader records = new CsvReader(trickle);

        assertThat(records.next()).containsExactly("a", "b");
        assertThat(records.next()).containsExactly("x\r\ny", "say \"hi\"");
        assertThat(records.next()).containsExactly("");
        assertThat(records.next()).containsExactly("last", "");
        assertThat(records.hasNext()).isFalse();
        assertThatThrownBy(records::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void refuses_a_nul_character_naming_its_row_and_column() {
        assertThatThrownBy(() -> CsvReader.read("id,Brand\n1,ok\n2,Nul\u0000Foods\n"))
                .isInstanceOf(ImportRejectedException.class)
                .extracting(e -> ((ImportRejectedException) e).errors())
                .isEqualTo(List.of(new RowError(2, "brand", CsvReader.NUL_REFUSED)));
        assertThatThrownBy(() -> CsvReader.read("id,na\u0000me\n"))
                .extracting(e -> ((ImportRejectedException) e).errors())
                .isEqualTo(List.of(new RowError(0, "row", CsvReader.NUL_REFUSED)));
        assertThatThrownBy(() -> CsvReader.read("id\n1,\"extra\u0000\"\n"))
                .extracting(e -> ((ImportRejectedException) e).errors())
                .isEqualTo(List.of(new RowError(1, "row", CsvReader.NUL_REFUSED)));
    }

    @Test
    void passes_on_a_failure_to_read_the_stream() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> new CsvReader(failing).hasNext()).isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage("connection reset");
    }
}
