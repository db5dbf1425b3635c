-- Screenings are anonymous: the answers are never stored unless the person attaches the screening
-- to an appointment they book. What is kept otherwise is a daily count per instrument and severity,
-- which tells how the quizzes are used without telling anything about anyone.
CREATE TABLE screening_tally (
    instrument VARCHAR(16) NOT NULL,
    severity VARCHAR(24) NOT NULL,
    tally_date DATE NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (instrument, severity, tally_date),
    CONSTRAINT screening_tally_count CHECK (count >= 0)
);

-- A screening the patient chose to share with the clinic of an appointment. appointment_id has no
-- foreign key on purpose: the booking code attaches the screening in the transaction that books, and
-- the order in which JPA flushes the two unrelated inserts is not guaranteed.
-- trauma_exposure is the PC-PTSD-5 entry question (NULL for the other instruments): a score of 0
-- means something else after a "no" there than after five "no" answers.
CREATE TABLE screening_record (
    id VARCHAR(40) PRIMARY KEY,
    appointment_id BIGINT,
    instrument VARCHAR(16) NOT NULL,
    instrument_version VARCHAR(64) NOT NULL,
    answers VARCHAR(64) NOT NULL,
    trauma_exposure BOOLEAN,
    score INTEGER NOT NULL,
    severity VARCHAR(24) NOT NULL,
    urgent BOOLEAN NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT screening_record_score CHECK (score >= 0)
);
CREATE INDEX screening_record_by_appointment ON screening_record (appointment_id);
