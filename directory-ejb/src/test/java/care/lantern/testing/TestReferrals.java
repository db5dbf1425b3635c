package care.lantern.testing;

import care.lantern.referral.entity.Practice;
import care.lantern.referral.entity.Referral;
import care.lantern.referral.entity.ReferralMatch;
import care.lantern.referral.entity.ReferralRequest;
import care.lantern.scheduling.entity.PatientDetails;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The referrals the persistence tests need: Alex Rivera, referred for TMS, paying by Aetna. */
public final class TestReferrals {

  private TestReferrals() {}

  /** A referring practice, persisted; its id. */
  public static long practice(EntityManager em, Instant now) {
    Practice practice = new Practice("Elm Street Family Medicine", now);
    em.persist(practice);
    em.flush();
    return practice.getId();
  }

  /**
   * A referral from practice {@code practiceId} received at {@code received} under a key of its own
   * and routed to {@code matches}, persisted.
   */
  public static Referral routed(
      EntityManager em,
      long practiceId,
      boolean urgent,
      Instant received,
      List<ReferralMatch> matches) {
    ReferralRequest.Valid valid =
        new ReferralRequest(
                new PatientDetails.Input(
                    "Alex",
                    "Rivera",
                    "alex.rivera@example.com",
                    "(555) 010-0199",
                    "1980-04-27",
                    "10001"),
                "AETNA",
                List.of("F33.2"),
                18,
                2,
                List.of("TMS"),
                urgent ? "URGENT" : "ROUTINE",
                null,
                null,
                false)
            .validated(
                LocalDate.ofInstant(received, ZoneOffset.UTC), Set.of("AETNA"), Set.of("TMS"));
    Referral referral =
        new Referral(
            em.find(Practice.class, practiceId),
            valid,
            UUID.randomUUID().toString(),
            "a".repeat(64),
            received);
    referral.route(matches, received, "Routed.");
    em.persist(referral);
    return referral;
  }
}
