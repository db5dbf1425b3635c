package care.lantern.directory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferenceDataMappingIT {

  private static TestDatabase db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.migrated();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void migratedSchemaHoldsEveryContractTreatmentInDisplayOrder() {
    EntityManager em = db.entityManager();

    var codes =
        em.createNamedQuery("Treatment.all", Treatment.class).getResultList().stream()
            .map(Treatment::getCode)
            .toList();

    assertThat(codes).startsWith("CONSULTATION").contains("TMS", "SPRAVATO", "KETAMINE_IV");
  }

  @Test
  void migratedSchemaHoldsEveryContractPayer() {
    EntityManager em = db.entityManager();

    var codes =
        em.createNamedQuery("Payer.all", Payer.class).getResultList().stream()
            .map(Payer::getCode)
            .toList();

    assertThat(codes)
        .contains(
            "AETNA",
            "BCBS",
            "CIGNA",
            "UNITED",
            "MEDICARE",
            "MEDICAID",
            "TRICARE",
            "HUMANA",
            "SELF_PAY");
  }
}
