-- Each clinic's booking rules (read into the BookingPolicy of its consultations): the time kept
-- free before and after each consultation, how far ahead a patient must book, and (since V10) the
-- late-cancellation window. The defaults are the rules every clinic had before they were settable.
ALTER TABLE clinic ADD COLUMN buffer_before_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE clinic ADD COLUMN buffer_after_minutes INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE clinic ADD COLUMN minimum_notice_minutes INTEGER DEFAULT 120 NOT NULL;
ALTER TABLE clinic ADD CONSTRAINT clinic_booking_rules_not_negative CHECK (
    buffer_before_minutes >= 0 AND buffer_after_minutes >= 0 AND minimum_notice_minutes >= 0
    AND late_cancellation_hours >= 0);
