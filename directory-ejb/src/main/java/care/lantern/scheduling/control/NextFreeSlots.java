package care.lantern.scheduling.control;

import care.lantern.scheduling.entity.BookingPolicy;
import care.lantern.scheduling.entity.CalendarId;
import care.lantern.scheduling.entity.Slot;
import care.lantern.scheduling.entity.SlotStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps {@code next_free_slot}, each calendar's pointer to its earliest open consultation slot that
 * can still be booked (it starts after its clinic's minimum notice, {@link
 * BookingPolicy#bookableFrom}), in step with the slots, in the transaction that changes them: the
 * search reads the pointer instead of scanning the calendar's slots. Holds are not tracked (the
 * search checks the pointed slot's hold itself), so a hold that expires needs no write; {@link
 * #firstHoldLapse} tells when that happens next.
 */
@ApplicationScoped
public class NextFreeSlots {

  /**
   * The earliest consultation of calendar {@code c} bookable at the parameter, now, holds aside
   * (the pointer does not track them).
   */
  private static final String EARLIEST =
      "(SELECT s.id FROM slot s WHERE s.provider_id = c.provider_id AND s.clinic_id = c.clinic_id"
          + " AND s.appointment_type = 'CONSULTATION' AND "
          + bookableSql("s", noticeOfSql("c.clinic_id"))
          + " ORDER BY s.start_at, s.id FETCH FIRST 1 ROWS ONLY)";

  /**
   * The native SQL form of the one definition of a free slot (see {@link Slot}): slot {@code s}
   * (the alias) is free when it is open, not under a live hold, starts at or after its clinic's
   * bookable-from and its provider is busy at no clinic then. {@code noticeMinutes} is its clinic's
   * minimum notice as an SQL expression ({@link #bookableFromSql}); given in terms of an outer
   * clinic id, the database can range over the slots' start index. Takes two parameters, both now:
   * the hold's, then the bookable-from's.
   */
  public static String freeSql(String s, String noticeMinutes) {
    return "("
        + s
        + ".held_until IS NULL OR "
        + s
        + ".held_until <= ?) AND "
        + bookableSql(s, noticeMinutes);
  }

  /**
   * {@link #freeSql} without the hold, for the pointer: slot {@code s} is open, starts at or after
   * its clinic's bookable-from and its provider is busy at no clinic then. Takes one parameter,
   * now.
   */
  private static String bookableSql(String s, String noticeMinutes) {
    return s
        + ".status = '"
        + SlotStatus.OPEN.name()
        + "' AND "
        + s
        + ".start_at >= "
        + bookableFromSql(noticeMinutes)
        + " AND "
        + ProviderTime.clearOfAppointmentsSql(s);
  }

  /**
   * {@link BookingPolicy#bookableFrom} in SQL that H2 and PostgreSQL both run, for queries over
   * many clinics: now (the one parameter) plus the clinic's minimum notice, given as an expression
   * of its {@code minimum_notice_minutes} column (the column the clinic's policy is made from).
   */
  public static String bookableFromSql(String noticeMinutes) {
    return "(CAST(? AS TIMESTAMP WITH TIME ZONE) + " + noticeMinutes + " * INTERVAL '1' MINUTE)";
  }

  /** The minimum notice in minutes of the clinic with id {@code clinicId}, an SQL expression. */
  public static String noticeOfSql(String clinicId) {
    return "(SELECT k.minimum_notice_minutes FROM clinic k WHERE k.id = " + clinicId + ")";
  }

  @PersistenceContext private EntityManager em;

  protected NextFreeSlots() {}

  /** Outside a container, e.g. in persistence tests. */
  public NextFreeSlots(EntityManager em) {
    this.em = em;
  }

  /**
   * Points the calendar at its earliest open slot after one of its slots was published, taken or
   * released, and the provider's other calendars too: a provider is one person ({@link
   * ProviderTime}), so a booking at one clinic takes the overlapping time at the others. The
   * provider's pointer rows are locked first, in one order, so that of two transactions changing
   * one provider's slots the later one computes after the earlier one's commit and sees both
   * changes. Returns the calendars pointed anew: the provider's calendars that have consultation
   * slots, and {@code calendar}.
   */
  public Set<CalendarId> refresh(CalendarId calendar, Instant now) {
    Set<CalendarId> pointed = new LinkedHashSet<>();
    em.createNativeQuery(
            "SELECT clinic_id FROM next_free_slot WHERE provider_id = ? ORDER BY clinic_id"
                + " FOR UPDATE")
        .setParameter(1, calendar.providerId())
        .getResultList()
        .forEach(
            clinic ->
                pointed.add(new CalendarId(calendar.providerId(), ((Number) clinic).longValue())));
    em.createNativeQuery(
            "UPDATE next_free_slot c SET slot_id = " + EARLIEST + " WHERE c.provider_id = ?")
        .setParameter(1, utc(now))
        .setParameter(2, calendar.providerId())
        .executeUpdate();
    if (pointed.add(calendar)) {
      em.createNativeQuery(
              "INSERT INTO next_free_slot (provider_id, clinic_id, slot_id) SELECT c.provider_id,"
                  + " c.clinic_id, "
                  + EARLIEST
                  + " FROM (SELECT CAST(? AS BIGINT) AS provider_id, CAST(? AS BIGINT) AS"
                  + " clinic_id) c")
          .setParameter(1, utc(now))
          .setParameter(2, calendar.providerId())
          .setParameter(3, calendar.clinicId())
          .executeUpdate();
    }
    return pointed;
  }

  /** Adds the pointers of calendars that have slots but none yet, e.g. after a bulk load. */
  public int addMissing(Instant now) {
    return em.createNativeQuery(
            "INSERT INTO next_free_slot (provider_id, clinic_id, slot_id) SELECT c.provider_id,"
                + " c.clinic_id, "
                + EARLIEST
                + " FROM (SELECT DISTINCT provider_id, clinic_id FROM slot) c WHERE NOT EXISTS"
                + " (SELECT 1 FROM next_free_slot n WHERE n.provider_id = c.provider_id"
                + " AND n.clinic_id = c.clinic_id)")
        .setParameter(1, utc(now))
        .executeUpdate();
  }

  /**
   * Moves the pointers whose slot can no longer be booked (it starts within the minimum notice, is
   * no longer open, or its provider is busy then) on to the next. Only for speed: the search
   * ignores such a pointer and computes the calendar itself.
   */
  public int advancePast(Instant now) {
    return em.createNativeQuery(
            "UPDATE next_free_slot c SET slot_id = "
                + EARLIEST
                + " WHERE EXISTS (SELECT 1 FROM slot p WHERE p.id = c.slot_id AND NOT ("
                + bookableSql("p", noticeOfSql("c.clinic_id"))
                + "))")
        .setParameter(1, utc(now))
        .setParameter(2, utc(now))
        .executeUpdate();
  }

  /**
   * When the first hold in force at {@code now} lapses: the one change to what searches find that
   * no transaction announces, as the slot is free again without a write.
   */
  public Optional<Instant> firstHoldLapse(Instant now) {
    return Optional.ofNullable(
            em.createNamedQuery("Slot.firstHoldLapse", OffsetDateTime.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getSingleResult())
        .map(OffsetDateTime::toInstant);
  }

  private static OffsetDateTime utc(Instant now) {
    return now.atOffset(ZoneOffset.UTC);
  }
}
