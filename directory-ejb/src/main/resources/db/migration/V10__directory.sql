-- The provider directory: clinics, the providers who practise there, what each clinic offers and
-- which payers it accepts for each treatment.
-- EclipseLink reads a sequence value N as the block N-49..N, so sequences start at their increment.
CREATE SEQUENCE clinic_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE provider_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE clinic (
    id BIGINT PRIMARY KEY,
    name VARCHAR(160) NOT NULL,
    street VARCHAR(160) NOT NULL,
    city VARCHAR(80) NOT NULL,
    state CHAR(2) NOT NULL,
    zip CHAR(5) NOT NULL,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    phone VARCHAR(32) NOT NULL,
    website VARCHAR(255),
    timezone VARCHAR(40) NOT NULL,
    telehealth BOOLEAN NOT NULL,
    rems_certification_id VARCHAR(40),
    rems_expires_on DATE,
    tms_device VARCHAR(120),
    late_cancellation_hours INTEGER NOT NULL DEFAULT 24,
    CONSTRAINT clinic_latitude_range CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT clinic_longitude_range CHECK (longitude BETWEEN -180 AND 180),
    CONSTRAINT clinic_rems_complete CHECK ((rems_certification_id IS NULL) = (rems_expires_on IS NULL))
);
-- The search's bounding-box prefilter.
CREATE INDEX clinic_location ON clinic (latitude, longitude);

CREATE TABLE clinic_language (
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    language CHAR(2) NOT NULL,
    PRIMARY KEY (clinic_id, language)
);

CREATE TABLE clinic_treatment (
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    treatment_code VARCHAR(32) NOT NULL REFERENCES treatment (code),
    PRIMARY KEY (clinic_id, treatment_code)
);

-- A clinic accepts a payer per treatment: Aetna for consultations need not mean Aetna for TMS.
-- (Clinic.offer keeps each row's treatment among the clinic's; JPA writes the two collections in
-- no fixed order, so there is no foreign key to clinic_treatment.)
CREATE TABLE clinic_payer (
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    treatment_code VARCHAR(32) NOT NULL REFERENCES treatment (code),
    payer_code VARCHAR(32) NOT NULL REFERENCES payer (code),
    PRIMARY KEY (clinic_id, treatment_code, payer_code)
);
CREATE INDEX clinic_payer_lookup ON clinic_payer (treatment_code, payer_code, clinic_id);

CREATE TABLE provider (
    id BIGINT PRIMARY KEY,
    name VARCHAR(160) NOT NULL,
    credentials VARCHAR(40) NOT NULL,
    bio VARCHAR(4000) NOT NULL,
    experience_years INTEGER NOT NULL,
    qualifications VARCHAR(2000) NOT NULL,
    treatment_philosophy VARCHAR(4000) NOT NULL,
    accepting_new_patients BOOLEAN NOT NULL,
    CONSTRAINT provider_experience_range CHECK (experience_years BETWEEN 0 AND 70)
);

CREATE TABLE provider_language (
    provider_id BIGINT NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    language CHAR(2) NOT NULL,
    PRIMARY KEY (provider_id, language)
);

CREATE TABLE provider_clinic (
    provider_id BIGINT NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    PRIMARY KEY (provider_id, clinic_id)
);
CREATE INDEX provider_clinic_by_clinic ON provider_clinic (clinic_id, provider_id);
