-- Search at scale (measured with bench/run.sh at 1,000,000 products; see README "Speed").

-- The prefix step ranks the shortest names that start with the query: with the id in the b-tree, an index-only
-- scan finds them without visiting thousands of table rows for a short prefix.
DROP INDEX company_name_key_prefix;
DROP INDEX brand_name_key_prefix;
DROP INDEX product_name_key_prefix;
CREATE INDEX company_name_key_prefix ON company (name_key text_pattern_ops) INCLUDE (id);
CREATE INDEX brand_name_key_prefix ON brand (name_key text_pattern_ops) INCLUDE (id);
CREATE INDEX product_name_key_prefix ON product (name_key text_pattern_ops) INCLUDE (id);

-- The fuzzy step for a short query (at most 10 characters) only wants names of at most 12, two edits away: a
-- trigram index of those alone spares it the long lists of common trigrams that every longer name adds.
CREATE INDEX company_short_name_key_trgm ON company USING gin (name_key gin_trgm_ops) WHERE length(name_key) <= 12;
CREATE INDEX brand_short_name_key_trgm ON brand USING gin (name_key gin_trgm_ops) WHERE length(name_key) <= 12;
CREATE INDEX product_short_name_key_trgm ON product USING gin (name_key gin_trgm_ops) WHERE length(name_key) <= 12;
