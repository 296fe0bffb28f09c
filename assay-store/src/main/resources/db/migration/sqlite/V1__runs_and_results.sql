-- Runs and their sample results (SQLite). Keep the tables and columns equal to db/migration/postgres/V1.
-- Timestamps are microseconds since the epoch; JSON is text.

CREATE TABLE runs (
    id           TEXT    NOT NULL PRIMARY KEY,
    suite_id     TEXT    NOT NULL,
    task         TEXT    NOT NULL,
    target       TEXT    NOT NULL,
    status       TEXT    NOT NULL,
    created      INTEGER NOT NULL,
    updated      INTEGER NOT NULL,
    error        TEXT    NOT NULL,
    spec_json    TEXT    NOT NULL,
    summary_json TEXT
);

CREATE INDEX runs_newest ON runs (created DESC, id DESC);
CREATE INDEX runs_suite ON runs (suite_id, created, id);

-- seq is the rowid: the order results were first stored in (an upsert keeps it).
-- result_json comes last so reading the light columns never touches its overflow pages.
CREATE TABLE results (
    seq           INTEGER NOT NULL PRIMARY KEY,
    run_id        TEXT    NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    sample_id     TEXT    NOT NULL,
    epoch         INTEGER NOT NULL,
    language      TEXT    NOT NULL,
    category      TEXT    NOT NULL,
    grp           TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    scores_json   TEXT    NOT NULL,
    input_tokens  INTEGER NOT NULL,
    output_tokens INTEGER NOT NULL,
    requests      INTEGER NOT NULL,
    total_ms      INTEGER NOT NULL,
    result_json   TEXT    NOT NULL,
    CONSTRAINT results_key UNIQUE (run_id, sample_id, epoch)
);

CREATE INDEX results_run ON results (run_id, seq);
