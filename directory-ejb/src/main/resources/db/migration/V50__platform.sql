-- Facts about this installation, e.g. that demo data has been loaded (so it loads only once).
CREATE TABLE platform_fact (
    name VARCHAR(64) PRIMARY KEY,
    fact_value VARCHAR(255) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
