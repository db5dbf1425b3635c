package care.lantern.screening.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.lantern.referral.entity.ScreeningResult;
import care.lantern.screening.control.CrisisResources;
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
