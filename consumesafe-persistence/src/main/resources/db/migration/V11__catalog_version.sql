-- The catalog's version: one number that every committed change to what a check, a search or the lists read makes
-- larger. Each replica polls it and forgets its cached answers when it moves (and clients' ETags change with it).

CREATE TABLE catalog_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  bigint  NOT NULL
);
INSERT INTO catalog_version (version) VALUES (1);

-- one row per changing transaction, inserted by its first catalog statement; its deferred trigger bumps the version
-- at commit, so the version row is locked only while a writer commits (never while it still takes other locks)
CREATE TABLE catalog_change (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY
);

CREATE FUNCTION note_catalog_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- a transaction-local setting: once per transaction, however many statements and rows it writes
    IF current_setting('consumesafe.catalog_changed', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('consumesafe.catalog_changed', 'on', true);
        INSERT INTO catalog_change DEFAULT VALUES;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_version SET version = version + 1;
    DELETE FROM catalog_change WHERE id = NEW.id;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER catalog_version_at_commit AFTER INSERT ON catalog_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalog_version();

DO $$
DECLARE
    catalog_table text;
BEGIN
    FOREACH catalog_table IN ARRAY ARRAY['curated_list', 'company', 'brand', 'product', 'product_barcode', 'listing',
                                         'listing_source', 'alternative'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION note_catalog_change()',
                       catalog_table || '_changes_catalog_version', catalog_table);
    END LOOP;
END
$$;
