-- Edit distance for typo-tolerant search of short names: two letters replaced in a name of five or six
-- leave it too few shared trigrams to pass any useful similarity threshold, so short queries take a low
-- threshold and keep only the names that levenshtein_less_equal finds at most two edits away.
-- fuzzystrmatch is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
