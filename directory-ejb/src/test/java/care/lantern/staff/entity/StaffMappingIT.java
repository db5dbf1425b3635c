package care.lantern.staff.entity;

import static care.lantern.testing.ConstraintAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.Clinic;
import care.lantern.directory.entity.ZipCode;
import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StaffMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-22T15:00:00Z");
  @RegisterExtension static final TestDatabase db = new TestDatabase();
  private static Clinic clinicA;
  private static Clinic clinicB;

  @BeforeAll
  static void clinics() {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    ZipCode zip = em.find(ZipCode.class, "10001");
    clinicA =
        new Clinic("Clinic A", "1 A St", zip, zip.location(), "(555) 0100", true, List.of("en"));
    clinicB =
        new Clinic("Clinic B", "2 B St", zip, zip.location(), "(555) 0101", true, List.of("en"));
    em.persist(clinicA);
    em.persist(clinicB);
    em.getTransaction().commit();
  }

  @Test
  void storesAStaffMemberWithTheirClinicsAndFindsThemByEmail() {
    EntityManager em = db.entityManager();
    StaffMember member =
        new StaffMember(
            "Ana.Front@Clinic.Example",
            "Ana Front",
            "PBKDF2WithHmacSHA512:210000:salt:hash",
            StaffRole.ADMIN,
            Set.of(clinicA.getId(), clinicB.getId()),
            false,
            NOW);
    em.getTransaction().begin();
    em.persist(member);
    em.getTransaction().commit();
    em.clear();

    StaffIdentity read =
        em.createNamedQuery("StaffMember.byEmail", StaffMember.class)
            .setParameter("email", "ana.front@clinic.example")
            .getSingleResult()
            .identity();
    assertThat(read.clinicIds()).containsExactlyInAnyOrder(clinicA.getId(), clinicB.getId());
    assertThat(read.role()).isEqualTo(StaffRole.ADMIN);
  }

  @Test
  void refusesASecondAccountWithTheSameEmail() {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    em.persist(member("twice@clinic.example"));
    em.getTransaction().commit();

    em.getTransaction().begin();
    em.persist(member("twice@clinic.example"));
    // V60 leaves the unique constraint on staff_member.email unnamed.
    assertViolates("email", em::flush);
    em.getTransaction().rollback();
  }

  @Test
  void readsAClinicsAuditTrailNewestFirstAndNoOtherClinics() {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    em.persist(event(clinicA, 1, "ABC123"));
    em.persist(event(clinicA, 3, "DEF456"));
    em.persist(event(clinicB, 2, "GHI789"));
    em.getTransaction().commit();
    em.clear();

    List<AuditEntry> trail =
        em.createNamedQuery("AuditEvent.forClinics", AuditEvent.class)
            .setParameter("clinics", Set.of(clinicA.getId()))
            .getResultStream()
            .map(AuditEvent::entry)
            .toList();

    assertThat(trail).extracting(AuditEntry::subject).containsExactly("DEF456", "ABC123");
    assertThat(trail.get(0).action()).isEqualTo(AuditAction.VIEW_APPOINTMENT);
    assertThat(trail.get(0).origin()).isEqualTo("203.0.113.7");
  }

  private static StaffMember member(String email) {
    return new StaffMember(
        email, "Someone", "hash", StaffRole.STAFF, Set.of(clinicA.getId()), false, NOW);
  }

  private static AuditEvent event(Clinic clinic, int minutes, String subject) {
    return new AuditEvent(
        NOW.plusSeconds(60L * minutes),
        "ana.front@clinic.example",
        clinic.getId(),
        AuditAction.VIEW_APPOINTMENT,
        subject,
        "203.0.113.7");
  }
}
