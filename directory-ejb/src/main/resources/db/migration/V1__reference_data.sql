-- Reference data every installation has: the treatments Lantern routes to and the payers it knows.
CREATE TABLE treatment (
    code VARCHAR(32) PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    display_order INTEGER NOT NULL
);

CREATE TABLE payer (
    code VARCHAR(32) PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    display_order INTEGER NOT NULL
);

INSERT INTO treatment (code, name, display_order) VALUES
    ('CONSULTATION', 'Psychiatric evaluation', 1),
    ('TMS', 'Transcranial magnetic stimulation (TMS)', 2),
    ('SPRAVATO', 'Spravato (esketamine nasal spray)', 3),
    ('KETAMINE_IV', 'IV ketamine infusion', 4);

INSERT INTO payer (code, name, display_order) VALUES
    ('AETNA', 'Aetna', 1),
    ('BCBS', 'Blue Cross Blue Shield', 2),
    ('CIGNA', 'Cigna', 3),
    ('UNITED', 'UnitedHealthcare', 4),
    ('MEDICARE', 'Medicare', 5),
    ('MEDICAID', 'Medicaid', 6),
    ('TRICARE', 'TRICARE', 7),
    ('HUMANA', 'Humana', 8),
    ('SELF_PAY', 'Self-pay (no insurance)', 9);
