-- The catalog: companies in ownership trees, their brands and products (with barcodes), listings of
-- any of the three on curated lists, suggested alternatives, public reports and the curators' audit trail.
-- name_key columns hold the domain's NameKey (one normaliser, computed in Java); search runs on them.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE company (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    name_key   VARCHAR(1000) NOT NULL,
    country    CHAR(2),
    parent_id  BIGINT REFERENCES company (id),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT company_name_key_not_blank CHECK (name_key <> ''),
    CONSTRAINT company_country_form CHECK (country ~ '^[A-Z]{2}$'),
    CONSTRAINT company_not_own_parent CHECK (parent_id <> id),
    CONSTRAINT company_name_key_per_parent UNIQUE NULLS NOT DISTINCT (parent_id, name_key)
);

-- Ownership is a tree: a change of parent that would make a company own itself is refused. The lock
-- serialises parent changes so that two concurrent ones cannot close a cycle together.
CREATE FUNCTION company_refuse_ownership_cycle() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.parent_id IS NULL THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('company.parent_id'));
    IF EXISTS (WITH RECURSIVE ancestor(id) AS (
                   SELECT NEW.parent_id
                   UNION
                   SELECT c.parent_id FROM company c JOIN ancestor a ON c.id = a.id WHERE c.parent_id IS NOT NULL)
               SELECT 1 FROM ancestor WHERE id = NEW.id) THEN
        RAISE EXCEPTION 'company % would own itself through its parents', NEW.id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'company_no_ownership_cycle';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER company_no_ownership_cycle
    BEFORE INSERT OR UPDATE OF parent_id ON company
    FOR EACH ROW EXECUTE FUNCTION company_refuse_ownership_cycle();

CREATE INDEX company_parent ON company (parent_id);

CREATE TABLE brand (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    name_key   VARCHAR(1000) NOT NULL,
    company_id BIGINT       NOT NULL REFERENCES company (id),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT brand_name_key_not_blank CHECK (name_key <> ''),
    CONSTRAINT brand_name_key_per_company UNIQUE (company_id, name_key)
);

CREATE TABLE product (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    name_key       VARCHAR(1000) NOT NULL,
    brand_id       BIGINT       NOT NULL REFERENCES brand (id),
    category       VARCHAR(100),
    origin_country CHAR(2),
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT product_name_key_not_blank CHECK (name_key <> ''),
    CONSTRAINT product_origin_country_form CHECK (origin_country ~ '^[A-Z]{2}$'),
    CONSTRAINT product_name_key_per_brand UNIQUE (brand_id, name_key)
);

CREATE INDEX product_category ON product (category);

-- A barcode names one product, in the GTIN-14 form the domain normalises every scan to.
CREATE TABLE product_barcode (
    gtin       CHAR(14) PRIMARY KEY,
    product_id BIGINT   NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT product_barcode_gtin_form CHECK (gtin ~ '^[0-9]{14}$')
);

CREATE INDEX product_barcode_product ON product_barcode (product_id);

-- Search: exact and prefix on the b-tree, typo-tolerant similarity on the trigram index.
CREATE INDEX company_name_key_prefix ON company (name_key text_pattern_ops);
CREATE INDEX brand_name_key_prefix ON brand (name_key text_pattern_ops);
CREATE INDEX product_name_key_prefix ON product (name_key text_pattern_ops);
CREATE INDEX company_name_key_trgm ON company USING gin (name_key gin_trgm_ops);
CREATE INDEX brand_name_key_trgm ON brand USING gin (name_key gin_trgm_ops);
CREATE INDEX product_name_key_trgm ON product USING gin (name_key gin_trgm_ops);

CREATE TABLE listing (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    list_id     BIGINT        NOT NULL REFERENCES curated_list (id),
    target_kind VARCHAR(7)    NOT NULL,
    company_id  BIGINT REFERENCES company (id),
    brand_id    BIGINT REFERENCES brand (id),
    product_id  BIGINT REFERENCES product (id),
    reason      VARCHAR(2000) NOT NULL,
    severity    VARCHAR(6)    NOT NULL,
    since       DATE,
    status      VARCHAR(7)    NOT NULL DEFAULT 'ACTIVE',
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT listing_severity_known CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT listing_status_known CHECK (status IN ('ACTIVE', 'RETIRED')),
    CONSTRAINT listing_reason_not_blank CHECK (btrim(reason) <> ''),
    CONSTRAINT listing_one_target CHECK (
        (target_kind = 'COMPANY' AND company_id IS NOT NULL AND brand_id IS NULL AND product_id IS NULL)
     OR (target_kind = 'BRAND' AND brand_id IS NOT NULL AND company_id IS NULL AND product_id IS NULL)
     OR (target_kind = 'PRODUCT' AND product_id IS NOT NULL AND company_id IS NULL AND brand_id IS NULL))
);

-- A target is listed at most once per list while active; retired listings stay as history.
CREATE UNIQUE INDEX listing_active_once
    ON listing (list_id, target_kind, COALESCE(company_id, brand_id, product_id)) WHERE status = 'ACTIVE';
CREATE INDEX listing_active_company ON listing (company_id) WHERE status = 'ACTIVE';
CREATE INDEX listing_active_brand ON listing (brand_id) WHERE status = 'ACTIVE';
CREATE INDEX listing_active_product ON listing (product_id) WHERE status = 'ACTIVE';

CREATE TABLE listing_source (
    listing_id BIGINT        NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    position   SMALLINT      NOT NULL,
    url        VARCHAR(2048) NOT NULL,
    PRIMARY KEY (listing_id, position),
    CONSTRAINT listing_source_http CHECK (url ~ '^https?://[^\s/$.?#][^\s]*$')
);

-- Something to buy instead of a target (company, brand or product): a brand or a product.
CREATE TABLE alternative (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    for_kind             VARCHAR(7)  NOT NULL,
    for_company_id       BIGINT REFERENCES company (id),
    for_brand_id         BIGINT REFERENCES brand (id),
    for_product_id       BIGINT REFERENCES product (id),
    suggested_brand_id   BIGINT REFERENCES brand (id),
    suggested_product_id BIGINT REFERENCES product (id),
    origin_country       CHAR(2),
    note                 VARCHAR(1000) NOT NULL DEFAULT '',
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT alternative_origin_country_form CHECK (origin_country ~ '^[A-Z]{2}$'),
    CONSTRAINT alternative_one_target CHECK (
        (for_kind = 'COMPANY' AND for_company_id IS NOT NULL AND for_brand_id IS NULL AND for_product_id IS NULL)
     OR (for_kind = 'BRAND' AND for_brand_id IS NOT NULL AND for_company_id IS NULL AND for_product_id IS NULL)
     OR (for_kind = 'PRODUCT' AND for_product_id IS NOT NULL AND for_company_id IS NULL AND for_brand_id IS NULL)),
    CONSTRAINT alternative_one_suggestion CHECK ((suggested_brand_id IS NULL) <> (suggested_product_id IS NULL))
);

CREATE UNIQUE INDEX alternative_once ON alternative (
    for_kind, COALESCE(for_company_id, for_brand_id, for_product_id),
    COALESCE(suggested_product_id, -suggested_brand_id));
CREATE INDEX alternative_for_company ON alternative (for_company_id);
CREATE INDEX alternative_for_brand ON alternative (for_brand_id);
CREATE INDEX alternative_for_product ON alternative (for_product_id);

-- What the public submits; pending until a curator accepts or rejects it.
CREATE TABLE report (
    id                UUID PRIMARY KEY,
    kind              VARCHAR(24)   NOT NULL,
    text              VARCHAR(4000) NOT NULL,
    target_kind       VARCHAR(7),
    target_company_id BIGINT REFERENCES company (id),
    target_brand_id   BIGINT REFERENCES brand (id),
    target_product_id BIGINT REFERENCES product (id),
    contact           VARCHAR(200),
    status            VARCHAR(8)    NOT NULL DEFAULT 'PENDING',
    submitted_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    decided_at        TIMESTAMPTZ,
    decision          VARCHAR(2000) NOT NULL DEFAULT '',
    CONSTRAINT report_kind_known CHECK (kind IN ('CORRECTION', 'MISSING_ENTRY', 'SUGGESTED_ALTERNATIVE')),
    CONSTRAINT report_status_known CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
    CONSTRAINT report_decided_when_not_pending CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CONSTRAINT report_at_most_one_target CHECK (
        (target_kind IS NULL AND target_company_id IS NULL AND target_brand_id IS NULL AND target_product_id IS NULL)
     OR (target_kind = 'COMPANY' AND target_company_id IS NOT NULL AND target_brand_id IS NULL
         AND target_product_id IS NULL)
     OR (target_kind = 'BRAND' AND target_brand_id IS NOT NULL AND target_company_id IS NULL
         AND target_product_id IS NULL)
     OR (target_kind = 'PRODUCT' AND target_product_id IS NOT NULL AND target_company_id IS NULL
         AND target_brand_id IS NULL))
);

CREATE INDEX report_pending ON report (submitted_at) WHERE status = 'PENDING';

-- Who changed what: the label of the curator's token, never the token.
CREATE TABLE audit_event (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor     VARCHAR(64) NOT NULL,
    action    VARCHAR(32) NOT NULL,
    entity    VARCHAR(32) NOT NULL,
    entity_id VARCHAR(64),
    detail    JSONB
);

CREATE INDEX audit_event_entity ON audit_event (entity, entity_id);
