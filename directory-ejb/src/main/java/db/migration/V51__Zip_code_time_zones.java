package db.migration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Brings {@code zip_code.timezone} up to date with {@code care/lantern/directory/zip-codes.csv}.
 * The file {@link V3__Load_zip_codes} first loaded took each ZIP's zone from a list kept by ZIP,
 * which put whole regions in the wrong zone (western Kentucky and the Gary and Evansville areas on
 * Eastern instead of Central time, most of Arizona on Mountain time with DST); the file is now
 * built with the zone at each ZIP's centroid (tools/zipdata/build-zip-codes.sh). On a new database
 * V3 already loads the current file and this migration changes nothing. Only zones are updated: the
 * ZIPs, centroids, cities and states are the same in both files.
 */
public class V51__Zip_code_time_zones extends BaseJavaMigration {

  private static final String CSV = "care/lantern/directory/zip-codes.csv";
  private static final String HEADER = "zip,latitude,longitude,city,state,timezone";
  private static final int BATCH_SIZE = 1000;

  @Override
  public void migrate(Context context) throws IOException, SQLException {
    Map<String, String> shipped = zonesInCsv();
    Connection connection = context.getConnection();
    Map<String, String> stored = new HashMap<>();
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery("SELECT zip, timezone FROM zip_code")) {
      while (rows.next()) {
        stored.put(rows.getString(1).trim(), rows.getString(2));
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE zip_code SET timezone = ? WHERE zip = ?")) {
      int batched = 0;
      for (Map.Entry<String, String> zone : shipped.entrySet()) {
        String before = stored.get(zone.getKey());
        if (before == null || before.equals(zone.getValue())) {
          continue;
        }
        update.setString(1, zone.getValue());
        update.setString(2, zone.getKey());
        update.addBatch();
        if (++batched == BATCH_SIZE) {
          update.executeBatch();
          batched = 0;
        }
      }
      if (batched > 0) {
        update.executeBatch();
      }
    }
  }

  private static Map<String, String> zonesInCsv() throws IOException {
    InputStream csv = V51__Zip_code_time_zones.class.getClassLoader().getResourceAsStream(CSV);
    if (csv == null) {
      throw new IllegalStateException(CSV + " is not on the classpath");
    }
    Map<String, String> zones = new HashMap<>();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      String header = lines.readLine();
      if (!HEADER.equals(header)) {
        throw new IllegalStateException(
            CSV + " starts with '" + header + "', not '" + HEADER + "'");
      }
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] field = line.split(",", -1);
        if (field.length != 6) {
          throw new IllegalStateException(CSV + " has a line without 6 fields: " + line);
        }
        zones.put(field[0], field[5]);
      }
    }
    return zones;
  }
}
