package care.lantern.screening.control;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.screening.entity.ScreeningRequest;
import care.lantern.screening.entity.TakenScreening;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScreeningJsonTest {

  private static final String ID = "0b7d1c9e-2f4a-4c3b-8e5d-6a9f1b2c3d4e";

  private final ScreeningJson json = new ScreeningJson();

  private static TakenScreening taken(ScreeningRequest request) {
    return new ScreeningIntake(new ScreeningScorer(), Set.of("AETNA"))
        .take(ID, request, Instant.parse("2026-11-23T14:05:30.125Z"));
  }

  @Test
  void isPlainJsonTextThatNamesNoJavaClass() {
    String text =
        json.write(
            taken(
                new ScreeningRequest(
                    "GAD7", List.of(0, 1, 2, 3, 0, 1, 2), null, null, 0, false, null)));

    assertThat(text)
        .startsWith("{")
        .contains("\"instrument\":\"GAD7\"")
        .doesNotContain("care.lantern");
  }

  @Test
  void anUrgentPhq9ComesBackEqualWithEveryFieldTheRoutingReads() {
    TakenScreening urgent =
        taken(
            new ScreeningRequest(
                "PHQ9", List.of(1, 1, 1, 2, 2, 1, 1, 1, 1), "10001", "AETNA", 2, true, null));

    TakenScreening copy = json.read(json.write(urgent)).orElseThrow();

    assertThat(copy).isEqualTo(urgent);
    assertThat(copy.outcome().urgent()).isTrue();
    assertThat(copy.payerCode()).contains("AETNA");
    assertThat(copy.traumaExposure()).isNull();
  }

  @Test
  void aPtsdScreenAfterANoToTraumaComesBackWithNoAnswersAndNoZip() {
    TakenScreening noTrauma =
        taken(new ScreeningRequest("PCPTSD5", List.of(), null, null, null, null, false));

    TakenScreening copy = json.read(json.write(noTrauma)).orElseThrow();

    assertThat(copy).isEqualTo(noTrauma);
    assertThat(copy.traumaExposure()).isFalse();
    assertThat(copy.answers()).isEmpty();
    assertThat(copy.nearZip()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "not json",
        "[]",
        "{}",
        "{\"id\":\"" + ID + "\",\"takenAt\":\"2026-11-23T14:05:30Z\",\"answers\":[]}",
        "{\"id\":\""
            + ID
            + "\",\"takenAt\":\"2026-11-23T14:05:30Z\",\"answers\":[],"
            + "\"outcome\":{\"instrument\":\"PHQ9\",\"instrumentVersion\":\"v\",\"score\":30,"
            + "\"maxScore\":27,\"severity\":\"SEVERE\",\"notes\":[]}}",
        "{\"id\":\""
            + ID
            + "\",\"takenAt\":\"2026-11-23T14:05:30Z\",\"answers\":[],"
            + "\"outcome\":{\"instrument\":\"BDI2\",\"instrumentVersion\":\"v\",\"score\":3,"
            + "\"maxScore\":27,\"severity\":\"SEVERE\",\"notes\":[]}}"
      })
  void readsNoScreeningFromTextThatDescribesNone(String text) {
    assertThat(json.read(text)).isEmpty();
  }
}
