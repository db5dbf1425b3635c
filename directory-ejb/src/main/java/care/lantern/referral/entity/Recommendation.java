package care.lantern.referral.entity;

import java.util.Objects;

/**
 * A kind of visit suggested to a person, with why, in words they can read.
 *
 * @param treatmentCode a treatment code of the directory, e.g. {@code "TMS"}
 * @param reason why this is suggested; never a diagnosis
 */
public record Recommendation(String treatmentCode, String reason) {

  public Recommendation {
    Objects.requireNonNull(treatmentCode, "treatmentCode");
    Objects.requireNonNull(reason, "reason");
  }
}
