-- Other names of an organisation (简称, 曾用名, the variant spellings real documents use: the Zibo bureau appears as
-- 工业和信息化商务局, 工业信息化和商务局 and 工业和信息化和商务局). An upload naming an organisation by an alias finds it.
-- A name or alias belongs to one organisation only; the application checks names against aliases and back.
CREATE TABLE organisation_alias (
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    alias            VARCHAR(200) NOT NULL UNIQUE,
    PRIMARY KEY (organisation_id, alias)
);
