-- Runs and their sample results (PostgreSQL). Keep the tables and columns equal to db/migration/sqlite/V1.
-- JSON is kept as text, not jsonb: jsonb rejects the \u0000 escape that adversarial model output can contain.

CREATE TABLE runs (
    id           TEXT        NOT NULL PRIMARY KEY,
    suite_id     TEXT        NOT NULL,
    task         TEXT        NOT NULL,
    target       TEXT        NOT NULL,
    status       TEXT        NOT NULL,
    created      TIMESTAMPTZ NOT NULL,
    updated      TIMESTAMPTZ NOT NULL,
    error        TEXT        NOT NULL,
    spec_json    TEXT        NOT NULL,
    summary_json TEXT
);

CREATE INDEX runs_newest ON runs (created DESC, id DESC);
CREATE INDEX runs_suite ON runs (suite_id, created, id);

-- seq is the order results were first stored in (an upsert keeps it).
CREATE TABLE results (
    seq           BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id        TEXT        NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    sample_id     TEXT        NOT NULL,
    epoch         INTEGER     NOT NULL,
    language      TEXT        NOT NULL,
    category      TEXT        NOT NULL,
    grp           TEXT        NOT NULL,
    status        TEXT        NOT NULL,
    scores_json   TEXT        NOT NULL,
    input_tokens  BIGINT      NOT NULL,
    output_tokens BIGINT      NOT NULL,
    requests      BIGINT      NOT NULL,
    total_ms      BIGINT      NOT NULL,
    result_json   TEXT        NOT NULL,
    CONSTRAINT results_key UNIQUE (run_id, sample_id, epoch)
);

CREATE INDEX results_run ON results (run_id, seq);
