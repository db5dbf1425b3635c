-- Each calendar's (a provider at a clinic) earliest OPEN consultation slot that had not started when
-- a slot there was last published, taken or released, so that the search joins one row per
-- candidate instead of taking a MIN over the calendar's slots. The search trusts a pointer only
-- while its slot is still open, unheld and in the future, and otherwise computes that calendar the
-- slow way; a missing row means "not known yet", a NULL slot_id "no open slot".
CREATE TABLE next_free_slot (
    provider_id BIGINT NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
    clinic_id BIGINT NOT NULL REFERENCES clinic (id) ON DELETE CASCADE,
    slot_id BIGINT REFERENCES slot (id) ON DELETE CASCADE,
    PRIMARY KEY (provider_id, clinic_id)
);

INSERT INTO next_free_slot (provider_id, clinic_id, slot_id)
SELECT c.provider_id, c.clinic_id,
       (SELECT s.id FROM slot s
         WHERE s.provider_id = c.provider_id AND s.clinic_id = c.clinic_id
           AND s.appointment_type = 'CONSULTATION' AND s.status = 'OPEN'
           AND s.start_at >= CURRENT_TIMESTAMP
         ORDER BY s.start_at, s.id FETCH FIRST 1 ROWS ONLY)
  FROM (SELECT DISTINCT provider_id, clinic_id FROM slot) c;
