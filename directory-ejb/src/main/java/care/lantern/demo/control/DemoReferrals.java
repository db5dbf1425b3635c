package care.lantern.demo.control;

import care.lantern.platform.control.DemoMode;
import care.lantern.platform.entity.Sha256;
import care.lantern.referral.boundary.ReferralDesk;
import care.lantern.referral.entity.ApiKey;
import care.lantern.referral.entity.PracticeRef;
import care.lantern.referral.entity.ReferralRequest;
import care.lantern.scheduling.entity.PatientDetails;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * In demo mode, a few referrals from the demo referring practice waiting in the New York and
 * Chicago flagships' inboxes (their patients live at the flagships' ZIP codes), one of them urgent.
 * Sent through the real {@link ReferralDesk}, routed like any other, and never auto-scheduled. Each
 * has a fixed idempotency key, so a second start, or another module starting at the same time, is
 * answered with the referral the first one created.
 */
@Singleton
@Startup
@DependsOn({"DemoPractice", "DemoClinicStaff"})
public class DemoReferrals {

  private static final Logger LOG = Logger.getLogger(DemoReferrals.class.getName());

  /** A demo referral and the idempotency key it is sent under. */
  record Demo(String key, ReferralRequest request) {}

  static final List<Demo> DEMOS =
      List.of(
          new Demo(
              "demo-inbox-1",
              request(
                  "Jordan",
                  "Ellis",
                  "10001",
                  "AETNA",
                  List.of("F33.2"),
                  22,
                  4,
                  List.of("TMS", "SPRAVATO"),
                  "URGENT",
                  null,
                  "Passive suicidal thoughts, no plan; safety plan in place. Please see soon.")),
          new Demo(
              "demo-inbox-2",
              request(
                  "Morgan",
                  "Lee",
                  "10001",
                  "BCBS",
                  List.of("F32.1", "F41.1"),
                  17,
                  2,
                  List.of("TMS"),
                  "ROUTINE",
                  "IN_PERSON",
                  "Two SSRIs at full dose without enough benefit; interested in TMS.")),
          new Demo(
              "demo-inbox-3",
              request(
                  "Sam",
                  "Ortiz",
                  "10001",
                  "CIGNA",
                  List.of("F33.1"),
                  15,
                  2,
                  List.of("TMS"),
                  "ROUTINE",
                  null,
                  null)),
          new Demo(
              "demo-inbox-4",
              request(
                  "Taylor",
                  "Brooks",
                  "60601",
                  "UNITED",
                  List.of("F33.2"),
                  19,
                  3,
                  List.of("TMS"),
                  "ROUTINE",
                  null,
                  "Prefers early mornings.")));

  @Inject private ReferralDesk desk;

  @Inject private DemoMode demoMode;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sendOnce() {
    if (!demoMode.isOn()) {
      return;
    }
    Optional<PracticeRef> practice = desk.authenticate(ApiKey.DEMO_KEY);
    if (practice.isEmpty()) {
      return;
    }
    try {
      long sent =
          DEMOS.stream()
              .filter(
                  d -> !desk.submit(practice.get(), d.key(), d.request(), hash(d.key())).replayed())
              .count();
      if (sent > 0) {
        LOG.info(() -> sent + " demo referrals sent to the flagship clinics");
      }
    } catch (EJBException sentByAnotherStart) {
      LOG.info("The demo referrals are being sent by another module");
    }
  }

  private static ReferralRequest request(
      String firstName,
      String lastName,
      String zip,
      String payer,
      List<String> codes,
      int phq9,
      int trials,
      List<String> treatments,
      String urgency,
      String mode,
      String notes) {
    return new ReferralRequest(
        new PatientDetails.Input(
            firstName,
            lastName,
            firstName.toLowerCase() + "." + lastName.toLowerCase() + "@example.com",
            "+1 212 555 0142",
            "1984-03-12",
            zip),
        payer,
        codes,
        phq9,
        trials,
        treatments,
        urgency,
        mode,
        notes,
        Boolean.FALSE);
  }

  /** Stands for the hash of the request body the API computes: one fixed value per demo. */
  private static String hash(String key) {
    return Sha256.hex("lantern-demo-referral:" + key);
  }
}
