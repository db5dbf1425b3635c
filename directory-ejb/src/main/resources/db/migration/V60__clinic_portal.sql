-- Clinic staff, the clinics each belongs to, and the audit trail of what staff saw and changed.
CREATE SEQUENCE staff_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 50 INCREMENT BY 50;

-- password_hash is Jakarta Security's Pbkdf2PasswordHash encoding (algorithm:iterations:salt:hash).
-- Demo accounts are flagged so that they are refused whenever demo mode is off.
CREATE TABLE staff_member (
    id BIGINT PRIMARY KEY,
    email VARCHAR(254) NOT NULL UNIQUE,
    display_name VARCHAR(120) NOT NULL,
    password_hash VARCHAR(400) NOT NULL,
    role VARCHAR(16) NOT NULL,
    demo BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    disabled_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT staff_member_role CHECK (role IN ('STAFF', 'ADMIN'))
);

CREATE TABLE staff_clinic (
    staff_id BIGINT NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_id, clinic_id)
);
CREATE INDEX staff_clinic_by_clinic ON staff_clinic (clinic_id);

-- Written only by inserts; the application has no way to change or remove a row.
CREATE TABLE audit_event (
    id BIGINT PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor VARCHAR(254) NOT NULL,
    clinic_id BIGINT NOT NULL REFERENCES clinic (id),
    action VARCHAR(40) NOT NULL,
    subject VARCHAR(120) NOT NULL,
    origin VARCHAR(64)
);
CREATE INDEX audit_event_by_clinic ON audit_event (clinic_id, occurred_at);
