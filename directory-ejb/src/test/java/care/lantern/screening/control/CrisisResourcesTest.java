package care.lantern.screening.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.screening.entity.CrisisResource;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrisisResourcesTest {

  private final CrisisResources crisisResources = new CrisisResources();

  @Test
  void lists988LifelineFirstThenEmergencyServicesThenCrisisTextLine() {
    List<CrisisResource> resources = crisisResources.all();

    assertThat(resources)
        .extracting(CrisisResource::name)
        .containsExactly("988 Suicide & Crisis Lifeline", "Emergency services", "Crisis Text Line");
  }

  @Test
  void lifelineIsReachedByCallOrTextTo988AndOnline() {
    CrisisResource lifeline = crisisResources.all().get(0);

    assertThat(lifeline.contact()).isEqualTo("988");
    assertThat(lifeline.action()).startsWith("Call or text 988");
    assertThat(lifeline.url()).contains("https://988lifeline.org");
    assertThat(lifeline.call()).isTrue();
    assertThat(lifeline.text()).isTrue();
  }

  @Test
  void emergencyServicesAreCalledOn911AndHaveNoWebsite() {
    CrisisResource emergency = crisisResources.all().get(1);

    assertThat(emergency.contact()).isEqualTo("911");
    assertThat(emergency.action()).contains("Call 911");
    assertThat(emergency.url()).isEmpty();
    assertThat(emergency.call()).isTrue();
    assertThat(emergency.text()).isFalse();
  }

  @Test
  void crisisTextLineIsReachedByTextingHomeTo741741() {
    CrisisResource textLine = crisisResources.all().get(2);

    assertThat(textLine.contact()).isEqualTo("741741");
    assertThat(textLine.action()).isEqualTo("Text HOME to 741741");
    assertThat(textLine.url()).contains("https://www.crisistextline.org");
    assertThat(textLine.call()).isFalse();
    assertThat(textLine.text()).isTrue();
  }
}
