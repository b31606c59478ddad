-- Rate-limit counters for login, second-factor and password-reset attempts (token buckets kept by
-- bucket4j). In the database, not in memory, so every app instance behind a load balancer counts
-- the same attempts. Keys name what is counted: "login:account:<sha-256 of e-mail>", "login:ip:<address>".

CREATE TABLE identity_throttle_bucket (
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX identity_throttle_bucket_expiry ON identity_throttle_bucket (expires_at);
