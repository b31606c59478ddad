-- The last TOTP time step accepted for an account: a code seen once is not accepted again (RFC 6238 §5.2).
ALTER TABLE identity_account ADD COLUMN totp_last_step BIGINT;
