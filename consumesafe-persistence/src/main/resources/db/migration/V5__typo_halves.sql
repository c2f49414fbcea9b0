-- One typing error (a letter replaced, dropped, added, or two swapped) leaves either the head or the tail of a name
-- untouched: b-tree range scans on both ends find such names in well under a millisecond at 1,000,000 products,
-- where the trigram index needs tens (measured with EXPLAIN ANALYZE; see README "Speed"). The prefix indexes of
-- V3__search_speed.sql serve the head; these serve the tail, and carry the name key for an index-only scan.
CREATE INDEX company_name_key_reversed ON company (reverse(name_key) text_pattern_ops) INCLUDE (name_key, id);
CREATE INDEX brand_name_key_reversed ON brand (reverse(name_key) text_pattern_ops) INCLUDE (name_key, id);
CREATE INDEX product_name_key_reversed ON product (reverse(name_key) text_pattern_ops) INCLUDE (name_key, id);
