-- A check trusts a name equal to the query spacing aside ("soda stream" for "SodaStream"): the exact step looks
-- names up by their compact key. V6 indexed it for companies, and for brands and products only within their owner.
CREATE INDEX brand_compact_name_key ON brand (replace(name_key, ' ', ''));
CREATE INDEX product_compact_name_key ON product (replace(name_key, ' ', ''));
