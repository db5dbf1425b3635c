package care.lantern.referral.entity;

import static care.lantern.testing.ConstraintAssertions.assertViolates;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReferralMappingIT {

  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  @RegisterExtension static final TestDatabase db = new TestDatabase();

  private static ReferralRequest.Valid valid() {
    return ReferralRequestTest.request(List.of("F33.2", "F41.1"), List.of("TMS"))
        .validated(LocalDate.of(2026, 11, 20), Set.of("AETNA"), Set.of("TMS"));
  }

  private static Practice practice(EntityManager em) {
    Practice practice = new Practice("Elm Street Family Medicine", NOW);
    em.getTransaction().begin();
    em.persist(practice);
    em.getTransaction().commit();
    return practice;
  }

  @Test
  void storesAReferralWithItsHistoryAndReadsItBack() {
    EntityManager em = db.entityManager();
    Practice practice = practice(em);
    Referral referral = new Referral(practice, valid(), "key-1", "a".repeat(64), NOW);
    referral.route(List.of(), NOW.plusSeconds(1), "No provider near the patient.");

    em.getTransaction().begin();
    em.persist(referral);
    em.getTransaction().commit();
    em.clear();

    Referral read = em.find(Referral.class, referral.getId());
    assertThat(read.getStatus()).isEqualTo(ReferralStatus.ROUTED);
    assertThat(read.diagnosisCodes()).containsExactly("F33.2", "F41.1");
    assertThat(read.requestedTreatments()).containsExactly("TMS");
    assertThat(read.getHistory())
        .extracting(ReferralEvent::getStatus)
        .containsExactly(ReferralStatus.RECEIVED, ReferralStatus.ROUTED);
    assertThat(read.getPatient().getEmail()).isEqualTo("alex.rivera@example.com");
  }

  @Test
  void refusesASecondReferralUnderTheSameKeyOfOnePractice() {
    EntityManager em = db.entityManager();
    Practice practice = practice(em);
    em.getTransaction().begin();
    em.persist(new Referral(practice, valid(), "key-2", "a".repeat(64), NOW));
    em.getTransaction().commit();

    em.getTransaction().begin();
    em.persist(new Referral(practice, valid(), "key-2", "a".repeat(64), NOW));
    assertViolates("referral_idempotency", em::flush);
    em.getTransaction().rollback();
  }

  @Test
  void findsAKeyByItsPrefix() {
    EntityManager em = db.entityManager();
    Practice practice = practice(em);
    ApiKey.Issued issued = ApiKey.issue(practice, NOW);
    em.getTransaction().begin();
    em.persist(issued.apiKey());
    em.getTransaction().commit();
    em.clear();

    ApiKey found =
        em.createNamedQuery("ApiKey.byPrefix", ApiKey.class)
            .setParameter("prefix", ApiKey.lookupPrefix(issued.plainKey()).orElseThrow())
            .getSingleResult();
    assertThat(found.accepts(issued.plainKey(), false)).isTrue();
    assertThat(found.getPractice().getName()).isEqualTo("Elm Street Family Medicine");
  }

  @Test
  void aDeliveryThatGaveUpIsNeverDueAgainWhileAFailedOneIsDueAfterItsBackoff() {
    List<String> ids =
        db.inTransaction(
            em -> {
              Practice practice = new Practice("Elm Street Family Medicine", NOW);
              practice.registerWebhook(Optional.of("https://ehr.example/hook"), "whsec_x");
              em.persist(practice);
              Referral referral = new Referral(practice, valid(), "key-3", "a".repeat(64), NOW);
              em.persist(referral);
              WebhookDelivery gaveUp =
                  new WebhookDelivery(practice, referral.getId(), ReferralStatus.RECEIVED, NOW);
              for (int failed = 1; failed <= WebhookDelivery.MAX_ATTEMPTS; failed++) {
                gaveUp.failed(NOW, "HTTP 500");
              }
              WebhookDelivery retrying =
                  new WebhookDelivery(practice, referral.getId(), ReferralStatus.RECEIVED, NOW);
              retrying.failed(NOW, "HTTP 500");
              em.persist(gaveUp);
              em.persist(retrying);
              return List.of(gaveUp.getId(), retrying.getId());
            });

    List<String> dueBeforeTheBackoff = due(NOW.plusSeconds(1));
    List<String> dueAYearLater = due(NOW.plus(Duration.ofDays(365)));

    assertThat(dueBeforeTheBackoff).doesNotContainAnyElementsOf(ids);
    assertThat(dueAYearLater).contains(ids.get(1)).doesNotContain(ids.get(0));
  }

  private static List<String> due(Instant now) {
    return db.inTransaction(
        em ->
            em.createNamedQuery("WebhookDelivery.due", WebhookDelivery.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultStream()
                .map(WebhookDelivery::getId)
                .toList());
  }
}
