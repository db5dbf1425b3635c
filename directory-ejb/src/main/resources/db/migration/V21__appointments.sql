-- Booked consultations. The patient's details are kept only here, only what the clinic needs.
-- active_slot_id equals slot_id while the appointment holds its slot and is NULL otherwise, so the
-- unique constraint lets at most one live appointment own a slot (NULLs never collide).
CREATE TABLE appointment (
    id BIGINT PRIMARY KEY,
    reference VARCHAR(16) NOT NULL UNIQUE,
    manage_token_hash CHAR(64) NOT NULL,
    slot_id BIGINT NOT NULL REFERENCES slot (id),
    active_slot_id BIGINT UNIQUE REFERENCES slot (id),
    provider_id BIGINT NOT NULL REFERENCES provider (id),
    clinic_id BIGINT NOT NULL REFERENCES clinic (id),
    start_at TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at TIMESTAMP WITH TIME ZONE NOT NULL,
    mode VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    first_name VARCHAR(80) NOT NULL,
    last_name VARCHAR(80) NOT NULL,
    email VARCHAR(254) NOT NULL,
    phone VARCHAR(32) NOT NULL,
    date_of_birth DATE NOT NULL,
    patient_zip CHAR(5) NOT NULL,
    payer_code VARCHAR(32) NOT NULL REFERENCES payer (code),
    reason VARCHAR(1000) NOT NULL,
    source VARCHAR(16) NOT NULL,
    screening_id VARCHAR(40),
    urgent BOOLEAN NOT NULL,
    late_cancellation BOOLEAN NOT NULL DEFAULT FALSE,
    calendar_sequence INTEGER NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT appointment_status CHECK (status IN ('BOOKED', 'CANCELLED', 'COMPLETED', 'NO_SHOW')),
    CONSTRAINT appointment_mode CHECK (mode IN ('IN_PERSON', 'TELEHEALTH')),
    CONSTRAINT appointment_source CHECK (source IN ('SEARCH', 'SCREENING', 'REFERRAL'))
);
CREATE INDEX appointment_by_clinic ON appointment (clinic_id, start_at);
CREATE INDEX appointment_by_provider ON appointment (provider_id, start_at);
