-- Demo data for the local run only (mvn -Plocal). Every name, reason and barcode here is made up; the
-- barcodes look global (GS1 prefixes of France, the UK and Tunisia, valid check digits) so that a check by barcode
-- works as it does on a real catalog, where in-store numbers are never looked up.
-- name_key values are what NameKey computes for each name (LocalRunIT checks that they agree).
INSERT INTO curated_list (slug, title, description) VALUES
    ('demo-boycott', 'Example Consumer Boycott (demo)',
     'A made-up boycott list so the local run has something to show. No real company is on it.'),
    ('demo-recalls', 'Example Product Recalls (demo)',
     'A made-up recall list for trying the API locally.')
ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description;

INSERT INTO company (name, name_key, country) VALUES
    ('Globex Holdings', 'globex holdings', 'US'),
    ('Initech Beverages', 'initech beverages', 'GB'),
    ('Greenfield Farms', 'greenfield farms', 'TN')
ON CONFLICT DO NOTHING;

INSERT INTO company (name, name_key, country, parent_id)
SELECT 'Globex Foods', 'globex foods', 'FR', id FROM company WHERE name_key = 'globex holdings'
ON CONFLICT DO NOTHING;

INSERT INTO brand (name, name_key, company_id)
SELECT b.name, b.name_key, c.id
  FROM (VALUES ('Crunchos', 'crunchos', 'globex foods'),
               ('FizzUp', 'fizzup', 'initech beverages'),
               ('Greenfield', 'greenfield', 'greenfield farms')) AS b (name, name_key, company)
  JOIN company c ON c.name_key = b.company
ON CONFLICT DO NOTHING;

INSERT INTO product (name, name_key, brand_id, category, origin_country)
SELECT p.name, p.name_key, b.id, p.category, p.origin
  FROM (VALUES ('Crunchos Corn Chips', 'crunchos corn chips', 'crunchos', 'Snacks', 'FR'),
               ('FizzUp Cola', 'fizzup cola', 'fizzup', 'Drinks', 'GB'),
               ('Greenfield Olive Oil', 'greenfield olive oil', 'greenfield', 'Pantry', 'TN'),
               ('Greenfield Sparkling Water', 'greenfield sparkling water', 'greenfield', 'Drinks', 'TN'))
       AS p (name, name_key, brand, category, origin)
  JOIN brand b ON b.name_key = p.brand
ON CONFLICT DO NOTHING;

INSERT INTO product_barcode (gtin, product_id)
SELECT g.gtin, p.id
  FROM (VALUES ('03760999900015', 'crunchos corn chips'), ('05060999900021', 'fizzup cola'),
               ('06190999900031', 'greenfield olive oil'), ('06190999900048', 'greenfield sparkling water'))
       AS g (gtin, product)
  JOIN product p ON p.name_key = g.product
ON CONFLICT DO NOTHING;

INSERT INTO listing (list_id, target_kind, company_id, reason, severity, since)
SELECT l.id, 'COMPANY', c.id, 'Fictional reason for the demo: this company does not exist.', 'HIGH', DATE '2025-01-01'
  FROM curated_list l, company c
 WHERE l.slug = 'demo-boycott' AND c.name_key = 'globex holdings'
ON CONFLICT DO NOTHING;

INSERT INTO listing (list_id, target_kind, product_id, reason, severity)
SELECT l.id, 'PRODUCT', p.id, 'Fictional recall for the demo.', 'MEDIUM'
  FROM curated_list l, product p
 WHERE l.slug = 'demo-recalls' AND p.name_key = 'fizzup cola'
ON CONFLICT DO NOTHING;

INSERT INTO listing_source (listing_id, position, url)
SELECT id, 0, 'https://example.org/consumesafe-demo' FROM listing WHERE reason LIKE 'Fictional reason%'
ON CONFLICT DO NOTHING;

INSERT INTO alternative (for_kind, for_brand_id, suggested_product_id, origin_country, note)
SELECT 'BRAND', b.id, p.id, 'TN', 'A made-up local alternative.'
  FROM brand b, product p
 WHERE b.name_key = 'crunchos' AND p.name_key = 'greenfield olive oil'
ON CONFLICT DO NOTHING;

INSERT INTO alternative (for_kind, for_product_id, suggested_product_id, origin_country, note)
SELECT 'PRODUCT', f.id, g.id, 'TN', 'A made-up local alternative.'
  FROM product f, product g
 WHERE f.name_key = 'fizzup cola' AND g.name_key = 'greenfield sparkling water'
ON CONFLICT DO NOTHING;
