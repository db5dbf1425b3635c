-- Every US ZIP code's centroid, city, state and IANA time zone. Rows come from
-- db.migration.V3__Load_zip_codes (care/lantern/directory/zip-codes.csv, see NOTICE).
CREATE TABLE zip_code (
    zip CHAR(5) PRIMARY KEY,
    latitude DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    city VARCHAR(80) NOT NULL,
    state CHAR(2) NOT NULL,
    timezone VARCHAR(40) NOT NULL
);
