package com.consumesafe.domain.catalog;

import com.consumesafe.domain.barcode.Gtin;
import com.consumesafe.domain.list.Slug;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** The catalog held in maps, for unit tests of the rules; unlike a database it lets ownership loop. */
public final class InMemoryCatalog implements Ownership, Barcodes, CatalogFixture {

    private final AtomicLong ids = new AtomicLong();
    private final Map<CompanyId, Company> companies = new HashMap<>();
    private final Map<BrandId, Brand> brands = new HashMap<>();
    private final Map<ProductId, Product> products = new HashMap<>();
    private final Set<Slug> lists = new HashSet<>();

    @Override
    public CompanyId company(String name, Optional<CompanyId> parent) {
        CompanyId id = new CompanyId(ids.incrementAndGet());
        companies.put(id, new Company(id, name, Optional.empty(), parent));
        return id;
    }

    @Override
    public BrandId brand(String name, CompanyId company) {
        BrandId id = new BrandId(ids.incrementAndGet());
        brands.put(id, new Brand(id, name, company));
        return id;
    }

    @Override
    public ProductId product(String name, BrandId brand, Set<Gtin> barcodes) {
        ProductId id = new ProductId(ids.incrementAndGet());
        products.put(id, new Product(id, name, brand, "", barcodes, Optional.empty()));
        return id;
    }

    @Override
    public void list(Slug slug) {
        lists.add(slug);
    }

    /** Changes who owns a company, even into a loop that storage would refuse. */
    public void ownedBy(CompanyId company, CompanyId parent) {
        Company owned = companies.get(company);
        companies.put(company, new Company(company, owned.name(), owned.country(), Optional.of(parent)));
    }

    @Override
    public List<OwnershipStep> chainOf(ListingTarget target) {
        List<OwnershipStep> chain = new ArrayList<>();
        CompanyId company = switch (target) {
            case ProductId id -> {
                Product product = products.get(id);
                if (product == null) {
                    yield null;
                }
                chain.add(new OwnershipStep(id, product.name()));
                Brand brand = brands.get(product.brand());
                chain.add(new OwnershipStep(brand.id(), brand.name()));
                yield brand.company();
            }
            case BrandId id -> {
                Brand brand = brands.get(id);
                yield brand == null ? null : addBrand(chain, brand);
            }
            case CompanyId id -> id;
        };
        Set<CompanyId> seen = new HashSet<>();
        while (company != null && companies.containsKey(company) && chain.size() < MAX_CHAIN) {
            Company owner = companies.get(company);
            chain.add(new OwnershipStep(company, owner.name()));
            if (!seen.add(company)) {
                break;
            }
            company = owner.parent().orElse(null);
        }
        return chain;
    }

    @Override
    public Optional<ProductId> productWith(Gtin barcode) {
        return products.values().stream()
                .filter(product -> product.barcodes().contains(barcode))
                .map(Product::id)
                .findFirst();
    }

    private static CompanyId addBrand(List<OwnershipStep> chain, Brand brand) {
        chain.add(new OwnershipStep(brand.id(), brand.name()));
        return brand.company();
    }
}
