package com.consumesafe.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.catalog.ProductId;
import com.consumesafe.domain.imports.CatalogImports;
import com.consumesafe.domain.imports.CsvReader;
import com.consumesafe.domain.imports.ImportPlan;
import com.consumesafe.domain.imports.ImportRejectedException;
import com.consumesafe.domain.imports.ImportWarning;
import com.consumesafe.domain.imports.Merge;
import com.consumesafe.domain.imports.NativeFormat;
import com.consumesafe.domain.imports.NativeWriter;
import com.consumesafe.domain.imports.RowError;
import com.consumesafe.domain.imports.WrittenCatalog;
import com.consumesafe.domain.list.Slug;
import com.consumesafe.persistence.PersistenceIT;
import com.consumesafe.persistence.catalog.JdbcCatalogFixture;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@PersistenceIT
class JdbcCatalogImportsIT {

    private static final String HEADER = String.join(",", NativeFormat.COLUMNS) + "\r\n";

    private static final String FILE = HEADER + String.join("\r\n",
            "company,Importfoods Holding,,,,NL,,,,,,,,,,,",
            "company,Importfoods,,,Importfoods Holding,FR,,,,,,,,,,,",
            "company,Localmaker,,,,TN,,,,,,,,,,,",
            "brand,Importfoods,Importfoods Creamy,,,,,,,,,,,,,,",
            "brand,Localmaker,Localmaker,,,,,,,,,,,,,,",
            "product,Importfoods,Importfoods Creamy,Creamy Cup,,IT,Dairy,04006381333931,,,,,,,,,",
            "product,Localmaker,Localmaker,Local Cup,,TN,Dairy,,,,,,,,,,",
            "listing,Importfoods Holding,,,,,,,Owner listed,HIGH,https://example.org/a,2024-03-01,ACTIVE,,,,",
            "listing,Importfoods,Importfoods Creamy,Creamy Cup,,,,,Old,LOW,,,RETIRED,,,,",
            "alternative,Importfoods,Importfoods Creamy,Creamy Cup,,TN,,,,,,,,Localmaker,Localmaker,Local Cup,Near")
            + "\r\n";

    @Autowired
    private CatalogImports imports;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void creates_the_catalog_once_and_exports_what_it_stored_minus_unstored_alternatives() {
        Slug list = list("imports-written");
        ImportPlan plan = NativeFormat.read(CsvReader.read(FILE));

        WrittenCatalog first = imports.write(list, plan);
        WrittenCatalog again = imports.write(list, plan);

        assertThat(first.created()).containsEntry("companies", 3).containsEntry("brands", 2)
                .containsEntry("products", 2).containsEntry("listings", 2);
        assertThat(again.created()).containsEntry("companies", 0).containsEntry("listings", 0);
        assertThat(again.updated()).isEqualTo(1);
        String exported = NativeWriter.write(imports.export(list).orElseThrow());
        // alternatives are the caller's to store, after checking them; unused companies are not part of the list
        assertThat(exported).isEqualTo(FILE.lines().filter(line -> !line.contains("Localmaker"))
                .map(line -> line + "\r\n").collect(Collectors.joining()));
    }

    @Test
    void leaves_a_stored_company_with_another_owner_as_it_is_and_says_so() {
        Slug list = list("imports-owned");
        new JdbcCatalogFixture(jdbc).company("Importfoods");

        WrittenCatalog written = imports.write(list, NativeFormat.read(CsvReader.read(FILE)));

        assertThat(written.created()).containsEntry("companies", 2);
        assertThat(written.warnings()).extracting(ImportWarning::row, ImportWarning::message).containsExactly(
                tuple(2, "company 'Importfoods' is already in the catalog with no owner;"
                        + " its ownership was left as it is"));
    }

    @Test
    void matches_stored_names_whose_keys_meet_without_spaces_within_the_owner_and_reports_the_merges() {
        Slug list = list("imports-compact");
        JdbcCatalogFixture catalog = new JdbcCatalogFixture(jdbc);
        CompanyId company = catalog.company("SodaStream");
        BrandId brand = catalog.brand("SodaStream", company);
        ProductId product = catalog.product("Fizzmaker Classic", brand, Set.of());
        // another owner's brand of the same spelling is not a match
        catalog.brand("Soda Stream Spare", catalog.company("Spareparts Co"));
        ImportPlan plan = NativeFormat.read(CsvReader.read(HEADER + String.join("\r\n",
                "company,Soda Stream,,,,,,,,,,,,,,,",
                "brand,Soda Stream,Soda Stream,,,,,,,,,,,,,,",
                "brand,Soda Stream,SodaStream Spare,,,,,,,,,,,,,,",
                "product,Soda Stream,Soda Stream,FizzMaker Classic,,,,,,,,,,,,,",
                "listing,Soda Stream,Soda Stream,FizzMaker Classic,,,,,Why,LOW,,,ACTIVE,,,,") + "\r\n"));

        WrittenCatalog written = imports.write(list, plan);

        assertThat(written.created()).containsEntry("companies", 0).containsEntry("brands", 1)
                .containsEntry("products", 0).containsEntry("listings", 1);
        assertThat(written.merges()).extracting(Merge::kind, Merge::name, Merge::into, Merge::row, Merge::stored)
                .containsExactly(tuple("company", "Soda Stream", "SodaStream", 1, true),
                        tuple("brand", "Soda Stream", "SodaStream", 2, true),
                        tuple("product", "FizzMaker Classic", "Fizzmaker Classic", 4, true));
        assertThat(written.targets()).containsValues(company, brand, product);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM company WHERE replace(name_key, ' ', '') = 'sodastream'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT l.product_id FROM listing l JOIN curated_list c ON c.id = l.list_id"
                + " WHERE c.slug = ?", Long.class, list.value())).isEqualTo(product.value());
    }

    @Test
    void exports_nothing_for_an_unknown_list_and_refuses_to_write_to_one() {
        assertThat(imports.export(new Slug("imports-unknown"))).isEmpty();
        ImportPlan plan = NativeFormat.read(CsvReader.read(HEADER));
        assertThatThrownBy(() -> imports.write(new Slug("imports-unknown"), plan))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void a_barcode_of_another_product_refuses_the_whole_write_and_stores_nothing() {
        Slug list = list("imports-refused");
        try {
            JdbcCatalogFixture catalog = new JdbcCatalogFixture(jdbc);
            catalog.product("Someone Else's Cup", catalog.brand("Elsewhere", catalog.company("Elsewhere Foods")),
                    Set.of(Gtin.parse("4006381333931")));
            ImportPlan plan = NativeFormat.read(CsvReader.read(FILE));

            assertThatThrownBy(() -> imports.write(list, plan))
                    .isInstanceOfSatisfying(ImportRejectedException.class, e ->
                            assertThat(e.errors()).extracting(RowError::row, RowError::column)
                                    .containsExactly(tuple(6, "barcodes")));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM company WHERE name_key LIKE 'importfoods%'"
                    + " OR name_key = 'localmaker'", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM listing l JOIN curated_list c ON c.id = l.list_id"
                    + " WHERE c.slug = ?", Integer.class, list.value())).isZero();
        } finally {
            jdbc.update("DELETE FROM product_barcode WHERE gtin = '04006381333931'");
            jdbc.update("DELETE FROM product WHERE name_key = 'someone elses cup'");
            jdbc.update("DELETE FROM brand WHERE name_key = 'elsewhere'");
            jdbc.update("DELETE FROM company WHERE name_key = 'elsewhere foods'");
            jdbc.update("DELETE FROM curated_list WHERE slug = ?", list.value());
        }
    }

    private Slug list(String slug) {
        Slug list = new Slug(slug);
        new JdbcCatalogFixture(jdbc).list(list);
        return list;
    }
}
