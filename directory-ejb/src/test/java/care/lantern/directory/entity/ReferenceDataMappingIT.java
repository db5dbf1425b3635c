package care.lantern.directory.entity;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReferenceDataMappingIT {

  @RegisterExtension static final TestDatabase db = new TestDatabase();

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
