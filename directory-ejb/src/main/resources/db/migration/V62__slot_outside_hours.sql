-- A booked slot at a time the calendar's availability no longer gives (a conflict left for staff to
-- resolve). When its appointment is cancelled or moved, the slot is withdrawn instead of reopened,
-- so that no other patient can book hours the clinic has closed.
ALTER TABLE slot ADD COLUMN outside_hours BOOLEAN DEFAULT FALSE NOT NULL;
