-- Treatment sessions booked by clinic staff (TMS, Spravato, ketamine infusions). A clinic's
-- monitoring chairs are shared by Spravato and ketamine patients: a session is booked only while
-- fewer sessions than chairs overlap it. A clinic without chairs on record books no chair sessions.
ALTER TABLE clinic ADD COLUMN monitoring_chairs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clinic ADD CONSTRAINT clinic_monitoring_chairs CHECK (monitoring_chairs >= 0);

-- CLINIC: booked by the clinic's staff in the portal rather than by the patient.
ALTER TABLE appointment DROP CONSTRAINT appointment_source;
ALTER TABLE appointment ADD CONSTRAINT appointment_source
    CHECK (source IN ('SEARCH', 'SCREENING', 'REFERRAL', 'CLINIC'));

