package com.consumesafe.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.consumesafe.domain.ConflictException;
import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.country.CountryCode;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Companies}, {@link Brands} and {@link Products} must do together. */
public abstract class CatalogWritesContract {

    protected abstract Companies companies();

    protected abstract Brands brands();

    protected abstract Products products();

    @Test
    void stores_a_company_tree_a_brand_and_a_product_with_its_barcodes_and_finds_them_by_id() {
        Company parent = companies().save(new Company(null, "Writes Parent", Optional.of(new CountryCode("CH")),
                Optional.empty()));
        Company child = companies().save(new Company(null, "Writes Child", Optional.empty(), Optional.of(parent.id())));
        Brand brand = brands().save(new Brand(null, "Writes Brand", child.id()));
        Gtin barcode = Gtin.parse("4006381333931");
        Product product = products().save(new Product(null, "Writes Product", brand.id(), "Snacks", Set.of(barcode),
                Optional.of(new CountryCode("DE"))));

        assertThat(parent.id()).isNotNull();
        assertThat(companies().find(child.id())).contains(child);
        assertThat(brands().find(brand.id())).contains(brand);
        assertThat(products().find(product.id())).contains(product);
        assertThat(products().find(product.id()).orElseThrow().barcodes()).containsExactly(barcode);
    }

    @Test
    void saving_with_an_id_replaces_the_stored_record() {
        Company company = companies().save(new Company(null, "Writes Before", Optional.empty(), Optional.empty()));
        Brand brand = brands().save(new Brand(null, "Writes Label", company.id()));
        Product product = products().save(new Product(null, "Writes Item", brand.id(), "", Set.of(), Optional.empty()));

        Company renamed = companies().save(new Company(company.id(), "Writes After", Optional.empty(),
                Optional.empty()));
        Product moved = products().save(new Product(product.id(), "Writes Item", brand.id(), "Drinks",
                Set.of(Gtin.parse("96385074")), Optional.empty()));

        assertThat(companies().find(company.id())).contains(renamed);
        assertThat(products().find(product.id())).contains(moved);
    }

    @Test
    void refuses_what_would_break_the_catalog() {
        Company company = companies().save(new Company(null, "Writes Owner", Optional.empty(), Optional.empty()));
        Company subsidiary = companies().save(new Company(null, "Writes Subsidiary", Optional.empty(),
                Optional.of(company.id())));
        Brand brand = brands().save(new Brand(null, "Writes Taken", company.id()));
        Gtin barcode = Gtin.parse("5000112548167");
        products().save(new Product(null, "Writes First", brand.id(), "", Set.of(barcode), Optional.empty()));

        assertThatThrownBy(() -> companies().save(new Company(company.id(), "Writes Owner", Optional.empty(),
                Optional.of(subsidiary.id())))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> brands().save(new Brand(null, "Writes Taken", company.id())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> products().save(new Product(null, "Writes Second", brand.id(), "", Set.of(barcode),
                Optional.empty()))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> brands().save(new Brand(null, "Writes Orphan", new CompanyId(Long.MAX_VALUE - 3))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> companies().save(new Company(new CompanyId(Long.MAX_VALUE - 3), "Writes Ghost",
                Optional.empty(), Optional.empty()))).isInstanceOf(NotFoundException.class);
        assertThat(companies().find(company.id()).orElseThrow().parent()).isEmpty();
    }
}
