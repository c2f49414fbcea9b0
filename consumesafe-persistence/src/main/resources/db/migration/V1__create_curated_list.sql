-- Curated lists: a consumer boycott list, a recall list, ... addressed by slug.
CREATE TABLE curated_list (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        VARCHAR(64)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(4000) NOT NULL DEFAULT '',
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT curated_list_slug_key UNIQUE (slug),
    CONSTRAINT curated_list_slug_form CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT curated_list_title_not_blank CHECK (btrim(title) <> '')
);
