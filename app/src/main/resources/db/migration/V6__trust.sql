-- Trust (issue 14): sessions that end when the account changes, sign-in throttling instead of a lockout anyone could
-- trigger, and an audit trail whose entries are hash-chained. The same SQL runs on PostgreSQL and on H2.

-- incremented by every change of password, role, organisation or enabled state: a session signed in under an older
-- value is ended on its next request
ALTER TABLE app_user ADD COLUMN session_version INTEGER NOT NULL DEFAULT 0;
-- the lockout after five failures is replaced by the growing delays of login_throttle
ALTER TABLE app_user DROP COLUMN failed_attempts;
ALTER TABLE app_user DROP COLUMN locked_until;

-- failed sign-ins in a row, per address ('address:<ip>') and per account name ('account:<name>', known or not)
CREATE TABLE login_throttle (
    throttle_key   VARCHAR(100) PRIMARY KEY,
    failures       INTEGER NOT NULL,
    first_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_failure   TIMESTAMP WITH TIME ZONE NOT NULL   -- the delay in force follows from failures and last_failure
);
CREATE INDEX login_throttle_last ON login_throttle (last_failure);

-- browsers an account has signed in with (a device cookie, stored as its SHA-256): the delays of an account or an
-- address under attack do not apply to them
CREATE TABLE login_device (
    token_hash  VARCHAR(64) PRIMARY KEY,
    username    VARCHAR(64) NOT NULL,
    last_used   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX login_device_last ON login_device (last_used);

-- the hash chain (org.jixiao.app.auditchain.AuditChain): place, previous hash, own hash; the head keeps the last ones.
-- The entries written before this version are chained by the next migration (V7, Java).
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE audit_log ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq);
CREATE TABLE audit_chain (
    id         INTEGER PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain (id, last_seq, last_hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
