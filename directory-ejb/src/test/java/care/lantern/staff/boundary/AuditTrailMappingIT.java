package care.lantern.staff.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.staff.entity.AuditAction;
import care.lantern.staff.entity.AuditEntry;
import care.lantern.staff.entity.AuditEvent;
import care.lantern.staff.entity.StaffIdentity;
import care.lantern.staff.entity.StaffRole;
import care.lantern.testing.TestCalendars;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit trail as the portal's boundaries write it: one row per view or change, in the caller's
 * transaction, read back through {@code AuditEvent.forClinics}, and not editable afterwards.
 */
class AuditTrailMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");

  @RegisterExtension static final TestDatabase db = new TestDatabase();

  @Test
  void recordsAViewAndAChangeWithWhoWhenAndFromWhereAndReadsThemBackNewestFirst() {
    long clinic = newClinic();
    StaffIdentity ana = staff(clinic);

    db.run(em -> trail(em, NOW).record(ana, clinic, AuditAction.VIEW_APPOINTMENT, "LN-ABC123"));
    db.run(
        em ->
            trail(em, NOW.plusSeconds(30))
                .record(ana, clinic, AuditAction.CANCEL_APPOINTMENT, "LN-ABC123"));

    assertThat(trailOf(clinic))
        .containsExactly(
            new AuditEntry(
                NOW.plusSeconds(30),
                "ana.front@clinic.example",
                clinic,
                AuditAction.CANCEL_APPOINTMENT,
                "LN-ABC123",
                "203.0.113.7"),
            new AuditEntry(
                NOW,
                "ana.front@clinic.example",
                clinic,
                AuditAction.VIEW_APPOINTMENT,
                "LN-ABC123",
                "203.0.113.7"));
  }

  @Test
  void aChangeThatFailsLeavesNoAuditLine() {
    long clinic = newClinic();

    assertThatThrownBy(
            () ->
                db.run(
                    em -> {
                      trail(em, NOW)
                          .record(staff(clinic), clinic, AuditAction.MARK_NO_SHOW, "LN-DEF456");
                      em.flush();
                      throw new IllegalStateException("the change failed after its audit line");
                    }))
        .hasMessage("the change failed after its audit line");

    assertThat(trailOf(clinic)).isEmpty();
  }

  @Test
  void anAuditRowCannotBeChangedThroughTheApplication() throws ReflectiveOperationException {
    long clinic = newClinic();
    db.run(em -> trail(em, NOW).record(staff(clinic), clinic, AuditAction.VIEW_REFERRAL, "ref-1"));
    Field subject = AuditEvent.class.getDeclaredField("subject");
    Field occurredAt = AuditEvent.class.getDeclaredField("occurredAt");
    subject.setAccessible(true);
    occurredAt.setAccessible(true);

    db.run(
        em -> {
          AuditEvent event = events(em, clinic).get(0);
          try {
            subject.set(event, "ref-2");
            occurredAt.set(event, NOW.plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        });

    assertThat(trailOf(clinic))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.subject()).isEqualTo("ref-1");
              assertThat(entry.at()).isEqualTo(NOW);
            });
  }

  private static AuditTrail trail(EntityManager em, Instant at) {
    RequestOrigin origin = new RequestOrigin();
    origin.set("203.0.113.7");
    return new AuditTrail(em, Clock.fixed(at, ZoneOffset.UTC), origin);
  }

  private static List<AuditEntry> trailOf(long clinic) {
    return db.inTransaction(em -> events(em, clinic).stream().map(AuditEvent::entry).toList());
  }

  private static List<AuditEvent> events(EntityManager em, long clinic) {
    return em.createNamedQuery("AuditEvent.forClinics", AuditEvent.class)
        .setParameter("clinics", Set.of(clinic))
        .getResultList();
  }

  private static StaffIdentity staff(long clinic) {
    return new StaffIdentity(
        1L, "ana.front@clinic.example", "Ana Front", StaffRole.STAFF, Set.of(clinic));
  }

  private static long newClinic() {
    return db.inTransaction(em -> TestCalendars.clinic(em, "10001").getId());
  }
}
