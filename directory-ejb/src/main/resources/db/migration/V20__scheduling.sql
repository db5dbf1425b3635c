-- Calendars: weekly availability per provider per clinic, date overrides, and the bookable slots
-- computed from them. A slot row is the unit of booking: taking it is one conditional UPDATE, so
-- the database, not Java, decides who gets it.
CREATE SEQUENCE availability_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE slot_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE appointment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE weekly_availability (
    id BIGINT PRIMARY KEY,
    provider_id BIGINT NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    day_of_week VARCHAR(9) NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    in_person BOOLEAN NOT NULL,
    telehealth BOOLEAN NOT NULL,
    CONSTRAINT weekly_availability_order CHECK (start_time < end_time),
    CONSTRAINT weekly_availability_mode CHECK (in_person OR telehealth)
);
CREATE INDEX weekly_availability_by_provider ON weekly_availability (provider_id, clinic_id);

CREATE TABLE date_override (
    id BIGINT PRIMARY KEY,
    provider_id BIGINT NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    override_date DATE NOT NULL,
    start_time TIME,
    end_time TIME,
    CONSTRAINT date_override_window CHECK ((start_time IS NULL AND end_time IS NULL) OR start_time < end_time)
);
CREATE INDEX date_override_by_provider ON date_override (provider_id, clinic_id, override_date);

CREATE TABLE slot (
    id BIGINT PRIMARY KEY,
    provider_id BIGINT NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    appointment_type VARCHAR(32) NOT NULL,
    start_at TIMESTAMP WITH TIME ZONE NOT NULL,
    end_at TIMESTAMP WITH TIME ZONE NOT NULL,
    in_person BOOLEAN NOT NULL,
    telehealth BOOLEAN NOT NULL,
    status VARCHAR(16) NOT NULL,
    held_until TIMESTAMP WITH TIME ZONE,
    hold_token VARCHAR(64),
    CONSTRAINT slot_order CHECK (start_at < end_at),
    CONSTRAINT slot_status CHECK (status IN ('OPEN', 'BOOKED', 'WITHDRAWN')),
    CONSTRAINT slot_unique_start UNIQUE (provider_id, clinic_id, appointment_type, start_at)
);
-- Next free consultation per provider and clinic, and a day's slots for one provider.
CREATE INDEX slot_free_by_provider ON slot (provider_id, clinic_id, status, start_at);
