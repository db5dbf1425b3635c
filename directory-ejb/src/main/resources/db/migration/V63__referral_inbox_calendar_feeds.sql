-- The clinic portal's referral inbox and the providers' calendar feeds.
CREATE SEQUENCE referral_decline_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE calendar_feed_seq START WITH 50 INCREMENT BY 50;

-- A referral routed to several clinics is declined clinic by clinic: one row per clinic that said
-- no (once), and the referral itself becomes DECLINED only when every clinic it reached has.
CREATE TABLE referral_decline (
    id BIGINT PRIMARY KEY,
    referral_id VARCHAR(36) NOT NULL REFERENCES referral (id),
    clinic_id BIGINT NOT NULL REFERENCES clinic (id),
    reason VARCHAR(500) NOT NULL,
    declined_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT referral_decline_once UNIQUE (referral_id, clinic_id)
);

-- The inbox finds a clinic's referrals through their matches.
CREATE INDEX referral_match_by_clinic ON referral_match (clinic_id);

-- A decline's note carries the clinic's name and reason to the referrer.
ALTER TABLE referral_event ALTER COLUMN note SET DATA TYPE VARCHAR(1000);

-- One subscription link per provider and clinic. Only a SHA-256 of the link's secret token is kept;
-- issuing a new link replaces the hash, so the old link stops working at once.
CREATE TABLE calendar_feed (
    id BIGINT PRIMARY KEY,
    provider_id BIGINT NOT NULL REFERENCES provider (id),
    clinic_id BIGINT NOT NULL REFERENCES clinic (id),
    token_hash CHAR(64) NOT NULL UNIQUE,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT calendar_feed_once UNIQUE (provider_id, clinic_id)
);
