-- The change a report proposes, one row per report that proposes one; its kind is the report's kind.
-- No foreign keys to lists, listings or suggested entries: a report keeps what was proposed even when it no
-- longer applies, and accepting it checks everything again.
CREATE TABLE report_proposal (
    report_id      UUID PRIMARY KEY REFERENCES report (id) ON DELETE CASCADE,
    list_slug      VARCHAR(64),
    listing_id     BIGINT,
    reason         VARCHAR(2000),
    severity       VARCHAR(6),
    sources        TEXT[],
    retire         BOOLEAN NOT NULL DEFAULT FALSE,
    suggested_kind VARCHAR(7),
    suggested_id   BIGINT,
    name           VARCHAR(200),
    brand          VARCHAR(200),
    origin         CHAR(2),
    note           VARCHAR(1000),
    CONSTRAINT report_proposal_severity_known CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW')),
    CONSTRAINT report_proposal_suggested_whole CHECK (
        (suggested_kind IS NULL AND suggested_id IS NULL)
     OR (suggested_kind IN ('PRODUCT', 'BRAND') AND suggested_id > 0))
);
