package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code zip_code} from {@code care/lantern/directory/zip-codes.csv}, which
 * tools/zipdata/build-zip-codes.sh derives from third-party data (see NOTICE). That script
 * guarantees no field holds a comma or quote, so each line is split on commas as it is. New data
 * means a new migration: Flyway never reruns this one.
 */
public class V3__Load_zip_codes extends BaseJavaMigration {

  private static final String CSV = "care/lantern/directory/zip-codes.csv";
  private static final String HEADER = "zip,latitude,longitude,city,state,timezone";
  private static final String INSERT =
      "INSERT INTO zip_code (zip, latitude, longitude, city, state, timezone)"
          + " VALUES (?, ?, ?, ?, ?, ?)";
  private static final int BATCH_SIZE = 1000;

  @Override
  public void migrate(Context context) throws IOException, SQLException {
    InputStream csv = V3__Load_zip_codes.class.getClassLoader().getResourceAsStream(CSV);
    if (csv == null) {
      throw new IllegalStateException(CSV + " is not on the classpath");
    }
    try (BufferedReader lines =
            new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        PreparedStatement insert = context.getConnection().prepareStatement(INSERT)) {
      String header = lines.readLine();
      if (!HEADER.equals(header)) {
        throw new IllegalStateException(
            CSV + " starts with '" + header + "', not '" + HEADER + "'");
      }
      int batched = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] field = line.split(",", -1);
        if (field.length != 6) {
          throw new IllegalStateException(CSV + " has a line without 6 fields: " + line);
        }
        insert.setString(1, field[0]);
        insert.setDouble(2, Double.parseDouble(field[1]));
        insert.setDouble(3, Double.parseDouble(field[2]));
        insert.setString(4, field[3]);
        insert.setString(5, field[4]);
        insert.setString(6, field[5]);
        insert.addBatch();
        if (++batched == BATCH_SIZE) {
          insert.executeBatch();
          batched = 0;
        }
      }
      if (batched > 0) {
        insert.executeBatch();
      }
    }
  }
}
