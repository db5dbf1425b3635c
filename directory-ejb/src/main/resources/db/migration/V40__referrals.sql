-- Referring practices, their API keys, and the referrals they send.
-- EclipseLink reads a sequence value N as the block N-49..N, so sequences start at their increment.
CREATE SEQUENCE practice_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_key_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE referral_event_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE practice (
    id BIGINT PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    webhook_url VARCHAR(2000),
    webhook_secret VARCHAR(128),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A key reads lk_<prefix>_<secret>; only the prefix (for lookup) and a SHA-256 of the whole key
-- are kept. The demo key is flagged so that it is refused whenever demo mode is off.
CREATE TABLE api_key (
    id BIGINT PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    prefix VARCHAR(32) NOT NULL UNIQUE,
    key_hash CHAR(64) NOT NULL,
    demo BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);

-- The unique (practice_id, idempotency_key) decides which of two requests with one key goes first.
CREATE TABLE referral (
    id VARCHAR(36) PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    first_name VARCHAR(80) NOT NULL,
    last_name VARCHAR(80) NOT NULL,
    email VARCHAR(254) NOT NULL,
    phone VARCHAR(32) NOT NULL,
    date_of_birth DATE NOT NULL,
    patient_zip CHAR(5) NOT NULL,
    payer_code VARCHAR(32) NOT NULL REFERENCES payer (code),
    diagnosis_codes VARCHAR(200) NOT NULL,
    phq9_score INTEGER,
    prior_antidepressant_trials INTEGER,
    requested_treatments VARCHAR(200) NOT NULL,
    urgency VARCHAR(16) NOT NULL,
    preferred_mode VARCHAR(16),
    notes VARCHAR(2000),
    auto_schedule BOOLEAN NOT NULL,
    status VARCHAR(16) NOT NULL,
    appointment_reference VARCHAR(16),
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT referral_idempotency UNIQUE (practice_id, idempotency_key),
    CONSTRAINT referral_status CHECK (status IN
        ('RECEIVED', 'ROUTED', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELLED', 'NO_SHOW')),
    CONSTRAINT referral_urgency CHECK (urgency IN ('ROUTINE', 'URGENT'))
);
CREATE INDEX referral_by_practice ON referral (practice_id, created_at);

CREATE TABLE referral_event (
    id BIGINT PRIMARY KEY,
    referral_id VARCHAR(36) NOT NULL REFERENCES referral (id),
    status VARCHAR(16) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    note VARCHAR(500)
);
CREATE INDEX referral_event_by_referral ON referral_event (referral_id, occurred_at);

-- The matches routing found, one row per offered slot (a provider without a free slot has one row
-- with no slot), kept so that a replayed request answers exactly what the first one did.
CREATE TABLE referral_match (
    referral_id VARCHAR(36) NOT NULL REFERENCES referral (id),
    match_order INTEGER NOT NULL,
    treatment_code VARCHAR(32) NOT NULL,
    provider_id BIGINT NOT NULL REFERENCES provider (id),
    clinic_id BIGINT NOT NULL REFERENCES clinic (id),
    distance_miles DOUBLE PRECISION NOT NULL,
    slot_id BIGINT,
    slot_start TIMESTAMP WITH TIME ZONE,
    slot_end TIMESTAMP WITH TIME ZONE,
    slot_mode VARCHAR(16),
    PRIMARY KEY (referral_id, match_order)
);
