package care.lantern.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A clinic accepts {@code payerCode} for {@code treatmentCode}. */
@Embeddable
public class PayerAcceptance {

  @Column(name = "treatment_code", nullable = false)
  private String treatmentCode;

  @Column(name = "payer_code", nullable = false)
  private String payerCode;

  protected PayerAcceptance() {}

  public PayerAcceptance(String treatmentCode, String payerCode) {
    this.treatmentCode = Objects.requireNonNull(treatmentCode);
    this.payerCode = Objects.requireNonNull(payerCode);
  }

  public String treatmentCode() {
    return treatmentCode;
  }

  public String payerCode() {
    return payerCode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PayerAcceptance other
        && treatmentCode.equals(other.treatmentCode)
        && payerCode.equals(other.payerCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(treatmentCode, payerCode);
  }
}
