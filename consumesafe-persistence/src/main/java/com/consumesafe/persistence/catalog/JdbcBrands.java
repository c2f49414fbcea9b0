package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.catalog.Brand;
import com.consumesafe.domain.catalog.BrandId;
import com.consumesafe.domain.catalog.Brands;
import com.consumesafe.domain.catalog.CompanyId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The Brands port on PostgreSQL. */
@Component
class JdbcBrands implements Brands {

    private final JdbcTemplate jdbc;
    private final IntegrityViolations refusals;

    JdbcBrands(JdbcTemplate jdbc, IntegrityViolations refusals) {
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    @Override
    public Brand save(Brand brand) {
        String company = Long.toString(brand.company().value());
        if (brand.id() == null) {
            long id = refusals.translated(() -> jdbc.queryForObject(
                    "INSERT INTO brand (name, name_key, company_id) VALUES (?, ?, ?) RETURNING id", Long.class,
                    brand.name(), brand.key().value(), brand.company().value()), "company", company);
            return new Brand(new BrandId(id), brand.name(), brand.company());
        }
        int updated = refusals.translated(() -> jdbc.update(
                "UPDATE brand SET name = ?, name_key = ?, company_id = ?, updated_at = now() WHERE id = ?",
                brand.name(), brand.key().value(), brand.company().value(), brand.id().value()), "company", company);
        if (updated == 0) {
            throw new NotFoundException("brand", Long.toString(brand.id().value()));
        }
        return brand;
    }

    @Override
    public Optional<Brand> find(BrandId id) {
        return jdbc.query("SELECT id, name, company_id FROM brand WHERE id = ?", (row, number) ->
                new Brand(new BrandId(row.getLong("id")), row.getString("name"),
                        new CompanyId(row.getLong("company_id"))), id.value()).stream().findFirst();
    }
}
