-- The durable outbox of webhook deliveries: a row is written in the transaction that changes a
-- referral's status and deleted never; a dispatcher sends due rows, retrying with backoff.
CREATE TABLE webhook_delivery (
    id VARCHAR(36) PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practice (id),
    referral_id VARCHAR(36) NOT NULL REFERENCES referral (id),
    status VARCHAR(16) NOT NULL,
    payload VARCHAR(500) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    delivered_at TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(200)
);
-- Pending rows are those with a next attempt; delivered and abandoned rows have none.
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at);
