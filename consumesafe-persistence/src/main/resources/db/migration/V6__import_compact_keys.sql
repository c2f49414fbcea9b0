-- Imports match stored names as they merge spellings within a file: by the name key without its spaces, within
-- the same owner, so that "Soda Stream" meets a stored "SodaStream". These expression indexes keep each look-up an
-- index scan; the expression must stay exactly replace(name_key, ' ', '') for the planner to use them.
CREATE INDEX company_compact_key ON company (replace(name_key, ' ', ''));
CREATE INDEX brand_compact_key ON brand (company_id, replace(name_key, ' ', ''));
CREATE INDEX product_compact_key ON product (brand_id, replace(name_key, ' ', ''));
