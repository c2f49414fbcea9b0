package com.consumesafe.persistence.catalog;

import com.consumesafe.domain.NotFoundException;
import com.consumesafe.domain.catalog.Companies;
import com.consumesafe.domain.catalog.Company;
import com.consumesafe.domain.catalog.CompanyId;
import com.consumesafe.domain.country.CountryCode;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The Companies port on PostgreSQL; the database refuses cycles and duplicate names under one parent. */
@Component
class JdbcCompanies implements Companies {

    private final JdbcTemplate jdbc;
    private final IntegrityViolations refusals;

    JdbcCompanies(JdbcTemplate jdbc, IntegrityViolations refusals) {
        this.jdbc = jdbc;
        this.refusals = refusals;
    }

    @Override
    @Transactional
    public Company save(Company company) {
        String country = company.country().map(CountryCode::value).orElse(null);
        Long parent = company.parent().map(CompanyId::value).orElse(null);
        String parentKey = company.parent().map(id -> Long.toString(id.value())).orElse("");
        if (company.id() == null) {
            long id = refusals.translated(() -> jdbc.queryForObject(
                    "INSERT INTO company (name, name_key, country, parent_id) VALUES (?, ?, ?, ?) RETURNING id",
                    Long.class, company.name(), company.key().value(), country, parent), "company", parentKey);
            return new Company(new CompanyId(id), company.name(), company.country(), company.parent());
        }
        int updated = refusals.translated(() -> jdbc.update(
                "UPDATE company SET name = ?, name_key = ?, country = ?, parent_id = ?, updated_at = now()"
                        + " WHERE id = ?", company.name(), company.key().value(), country, parent,
                company.id().value()), "company", parentKey);
        if (updated == 0) {
            throw new NotFoundException("company", Long.toString(company.id().value()));
        }
        return company;
    }

    @Override
    public Optional<Company> find(CompanyId id) {
        return jdbc.query("SELECT id, name, country, parent_id FROM company WHERE id = ?", (row, number) ->
                new Company(new CompanyId(row.getLong("id")), row.getString("name"),
                        Optional.ofNullable(row.getString("country")).map(CountryCode::new),
                        Optional.ofNullable(row.getObject("parent_id", Long.class)).map(CompanyId::new)),
                id.value()).stream().findFirst();
    }
}
