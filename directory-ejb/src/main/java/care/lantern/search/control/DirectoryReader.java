package care.lantern.search.control;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.scheduling.control.ProviderTime;
import care.lantern.scheduling.entity.AppointmentType;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.SlotStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads what the search index keeps straight from the tables, in plain JDBC: the whole directory
 * when the index is built, or a few calendars' candidate times when they changed. A candidate is a
 * consultation slot that is open and clear of its provider's appointments at every clinic ({@link
 * ProviderTime#clearOfAppointmentsSql}, the rule's one home), not yet started: the part of {@code
 * NextFreeSlots.freeSql} that only a write can change.
 */
final class DirectoryReader {

  private static final String CANDIDATES =
      "SELECT s.provider_id, s.clinic_id, s.start_at, s.held_until FROM slot s"
          + " WHERE s.appointment_type = '"
          + AppointmentType.CONSULTATION.name()
          + "' AND s.status = '"
          + SlotStatus.OPEN.name()
          + "' AND s.start_at >= ? AND "
          + ProviderTime.clearOfAppointmentsSql("s");

  private DirectoryReader() {}

  /** The whole directory with every calendar's candidate times from {@code now}. */
  static SearchableDirectory read(Connection db, Instant now) throws SQLException {
    SearchableDirectory.Builder directory = new SearchableDirectory.Builder();
    query(
        db,
        "SELECT code FROM treatment",
        List.of(),
        row -> directory.treatmentCode(row.getString(1)));
    query(db, "SELECT code FROM payer", List.of(), row -> directory.payerCode(row.getString(1)));
    query(
        db,
        "SELECT zip, latitude, longitude FROM zip_code",
        List.of(),
        row -> directory.zip(row.getString(1), row.getDouble(2), row.getDouble(3)));
    query(
        db,
        "SELECT id, name, street, city, state, zip, timezone, latitude, longitude, telehealth,"
            + " minimum_notice_minutes, rems_expires_on FROM clinic",
        List.of(),
        row ->
            directory.clinic(
                new ClinicSummary(
                    row.getLong(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getString(6),
                    ZoneId.of(row.getString(7)),
                    Duration.ofMinutes(row.getInt(11))),
                row.getDouble(8),
                row.getDouble(9),
                row.getBoolean(10),
                row.getObject(12, LocalDate.class)));
    query(
        db,
        "SELECT clinic_id, treatment_code FROM clinic_treatment",
        List.of(),
        row -> directory.treatment(row.getLong(1), row.getString(2)));
    query(
        db,
        "SELECT clinic_id, treatment_code, payer_code FROM clinic_payer",
        List.of(),
        row -> directory.payer(row.getLong(1), row.getString(2), row.getString(3)));
    query(
        db,
        "SELECT id, name, credentials, accepting_new_patients FROM provider",
        List.of(),
        row ->
            directory.provider(
                row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4)));
    query(
        db,
        "SELECT provider_id, language FROM provider_language",
        List.of(),
        row -> directory.language(row.getLong(1), row.getString(2).trim()));
    query(
        db,
        "SELECT provider_id, clinic_id FROM provider_clinic",
        List.of(),
        row -> directory.practice(new CalendarId(row.getLong(1), row.getLong(2))));
    query(
        db,
        CANDIDATES,
        List.of(utc(now)),
        row ->
            directory.freeTime(
                new CalendarId(row.getLong(1), row.getLong(2)),
                micros(row.getObject(3, OffsetDateTime.class)),
                micros(row.getObject(4, OffsetDateTime.class))));
    return directory.build();
  }

  /**
   * The candidate times from {@code now} of {@code calendars}, read with one query over the slot
   * index's leading column, the provider.
   */
  static Map<CalendarId, FreeTimes> freeTimes(
      Connection db, Collection<CalendarId> calendars, Instant now) throws SQLException {
    Set<Long> providers =
        calendars.stream().map(CalendarId::providerId).collect(Collectors.toSet());
    Map<CalendarId, SearchableDirectory.TimesRow> read = new HashMap<>();
    calendars.forEach(calendar -> read.put(calendar, new SearchableDirectory.TimesRow()));
    List<Object> params = new java.util.ArrayList<>();
    params.add(utc(now));
    params.addAll(providers);
    query(
        db,
        CANDIDATES
            + " AND s.provider_id IN ("
            + providers.stream().map(p -> "?").collect(Collectors.joining(", "))
            + ")",
        params,
        row -> {
          SearchableDirectory.TimesRow times =
              read.get(new CalendarId(row.getLong(1), row.getLong(2)));
          if (times != null) {
            times.add(
                micros(row.getObject(3, OffsetDateTime.class)),
                micros(row.getObject(4, OffsetDateTime.class)));
          }
        });
    Map<CalendarId, FreeTimes> changed = new HashMap<>();
    read.forEach((calendar, times) -> changed.put(calendar, times.freeTimes()));
    return changed;
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private static void query(Connection db, String sql, List<Object> params, RowReader reader)
      throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setFetchSize(10_000);
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          reader.read(rows);
        }
      }
    }
  }

  private static long micros(OffsetDateTime time) {
    return time == null ? FreeTimes.NO_TIME : FreeTimes.micros(time.toInstant());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
