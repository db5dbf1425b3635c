package care.lantern.screening.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.referral.entity.ScreeningResult;
import care.lantern.screening.control.CrisisResources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TakenScreeningTest {

  private static final String ID = "5f0c4a52-53a4-4f4e-9d43-3c8b1d2e7a10";

  private static ScreeningOutcome urgentPhq9() {
    Instrument phq9 = Instrument.PHQ9;
    return new ScreeningOutcome(
        phq9,
        phq9.version(),
        11,
        27,
        Severity.MODERATE,
        true,
        true,
        new ArrayList<>(List.of("Call or text 988.", "Not a diagnosis.")));
  }

  private static TakenScreening taken() {
    return new TakenScreening(
        ID,
        Instant.parse("2026-11-23T14:00:00Z"),
        new ArrayList<>(List.of(1, 1, 1, 2, 2, 1, 1, 1, 1)),
        null,
        "10001",
        null,
        2,
        false,
        urgentPhq9());
  }

  /** The cache of recent screenings is shared by a cluster, so what it keeps must serialize. */
  @Test
  void survivesJavaSerializationUnchanged() throws IOException, ClassNotFoundException {
    TakenScreening original = taken();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }

    Object copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = in.readObject();
    }

    assertThat(copy).isEqualTo(original);
    assertThat(((TakenScreening) copy).payerCode()).isEmpty();
  }

  @Test
  void anUrgentResultWithoutCrisisResourcesCannotBeMade() {
    assertThatThrownBy(() -> new ScreeningResult(ID, urgentPhq9(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUrgentResultCarriesTheCrisisLinesWith988First() {
    ScreeningResult result =
        new ScreeningResult(ID, urgentPhq9(), new CrisisResources().all(), List.of());

    assertThat(result.crisisResources().get(0).contact()).isEqualTo("988");
  }
}
