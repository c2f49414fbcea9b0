package com.consumesafe.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.consumesafe.domain.InvalidValueException;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.country.CountryCode;
import com.consumesafe.domain.listing.ListingStatus;
import com.consumesafe.domain.name.NameKey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeFormatTest {

    private static final String HEADER = String.join(",", NativeFormat.COLUMNS) + "\r\n";

    // what NativeWriter writes for this catalog: sections in order, records sorted within each
    private static final String FILE = HEADER + String.join("\r\n",
            "company,Frosty & Jo's,,,Globulever,,,,,,,,,,,,",
            "company,Globulever,,,,NL,,,,,,,,,,,",
            "company,Kahwa Roasters,,,,TN,,,,,,,,,,,",
            "brand,Frosty & Jo's,Frosty & Jo's,,,,,,,,,,,,,,",
            "brand,Kahwa Roasters,Kahwa Roasters,,,,,,,,,,,,,,",
            "product,Frosty & Jo's,Frosty & Jo's,Frosty Cone,,IT,\"Ice cream, soft\","
                    + "00036000291452|04006381333931,,,,,,,,,",
            "product,Kahwa Roasters,Kahwa Roasters,Kahwa Blend,,TN,Coffee,,,,,,,,,,",
            "listing,Frosty & Jo's,Frosty & Jo's,Frosty Cone,,,,,Old news,LOW,,,RETIRED,,,,",
            "listing,Globulever,,,,,,,\"Operates in settlements, per \"\"reports\"\"\",HIGH,"
                    + "https://example.org/a|https://example.org/b,2024-03-01,ACTIVE,,,,",
            "alternative,Frosty & Jo's,Frosty & Jo's,Frosty Cone,,TN,,,,,,,,"
                    + "Kahwa Roasters,Kahwa Roasters,Kahwa Blend,Local") + "\r\n";

    @Test
    void reads_every_kind_of_record_and_writes_the_same_file_back() {
        ImportPlan plan = NativeFormat.read(CsvReader.read(FILE));

        assertThat(plan.rows()).isEqualTo(10);
        assertThat(plan.companies()).extracting(CompanyEntry::name)
                .containsExactly("Globulever", "Frosty & Jo's", "Kahwa Roasters");
        assertThat(plan.companies().get(1).parent()).contains(NameKey.of("Globulever"));
        assertThat(plan.products()).filteredOn(product -> product.name().equals("Frosty Cone")).singleElement()
                .satisfies(product -> {
                    assertThat(product.barcodes()).containsExactlyInAnyOrder(Gtin.parse("036000291452"),
                            Gtin.parse("4006381333931"));
                    assertThat(product.origin()).contains(new CountryCode("IT"));
                    assertThat(product.category()).isEqualTo("Ice cream, soft");
                });
        assertThat(plan.listings()).extracting(ListingEntry::status)
                .containsExactly(ListingStatus.RETIRED, ListingStatus.ACTIVE);
        assertThat(plan.listings().get(1).sources()).hasSize(2);
        assertThat(plan.listings().get(1).since()).contains(LocalDate.of(2024, 3, 1));
        assertThat(plan.alternatives()).singleElement().satisfies(alternative -> {
            assertThat(alternative.suggested()).isEqualTo(TargetRef.product(NameKey.of("Kahwa Roasters"),
                    NameKey.of("Kahwa Roasters"), NameKey.of("Kahwa Blend")));
            assertThat(alternative.note()).isEqualTo("Local");
        });
        assertThat(NativeWriter.write(plan)).isEqualTo(FILE);
    }

    @Test
    void reads_records_in_any_order() {
        List<String> lines = List.of(FILE.split("\r\n"));
        StringBuilder reversed = new StringBuilder(HEADER);
        for (int i = lines.size() - 1; i > 0; i--) {
            reversed.append(lines.get(i)).append("\r\n");
        }

        assertThat(NativeWriter.write(NativeFormat.read(CsvReader.read(reversed.toString())))).isEqualTo(FILE);
    }

    @Test
    void refuses_every_bad_row_and_column() {
        String file = HEADER + """
                company,Globulever,,,,XX,,,,,,,,,,,
                company,Orphan,,,Nobody,,,,,,,,,,,,
                brand,Unknown,Unknown,,,,,,,,,,,,,,
                product,Globulever,Globulever,P,,,,123,,,,,,,,,
                listing,Globulever,,,,,,,Why,EXTREME,ftp://example.org,yesterday,GONE,,,,
                listing,Globulever,,,,,,,,HIGH,not a url,,,,,,
                gadget,Globulever,,,,,,,,,,,,,,,
                short,row
                """;

        assertThatThrownBy(() -> NativeFormat.read(CsvReader.read(file)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.errors()).extracting(RowError::row, RowError::column).containsExactly(
                                tuple(1, "country"), tuple(2, "parent"), tuple(3, "company"), tuple(4, "brand"),
                                tuple(4, "barcodes"), tuple(5, "severity"), tuple(5, "sources"), tuple(5, "since"),
                                tuple(5, "status"), tuple(6, "reason"), tuple(6, "sources"), tuple(7, "record"),
                                tuple(8, "row")));
    }

    @Test
    void refuses_an_ownership_cycle_and_an_alternative_to_itself() {
        String file = HEADER + """
                company,A,,,B,,,,,,,,,,,,
                company,B,,,A,,,,,,,,,,,,
                brand,A,A,,,,,,,,,,,,,,
                alternative,A,A,,,,,,,,,,,A,A,,
                """;

        assertThatThrownBy(() -> NativeFormat.read(CsvReader.read(file)))
                .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                        assertThat(e.errors()).extracting(RowError::column)
                                .contains("parent", "suggested_company"));
    }

    @Test
    void names_the_format_a_request_asks_for() {
        assertThat(ImportFormat.parse(" Legacy ")).isEqualTo(ImportFormat.LEGACY);
        assertThat(ImportFormat.parse("native")).isEqualTo(ImportFormat.NATIVE);
        assertThatThrownBy(() -> ImportFormat.parse("xml")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("format"));
    }
}
