package care.lantern.api.directory;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.ResultPage;
import care.lantern.search.entity.ProviderSummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchResponsesTest {

  private final SearchResponses responses = new SearchResponses();

  @Test
  void writesWhatTheContractNames() {
    String json =
        new String(
            responses.json(page(Optional.of(Instant.parse("2026-11-23T15:00:00Z")))),
            StandardCharsets.UTF_8);

    assertThat(json)
        .startsWith("{\"items\":[{\"id\":7,\"name\":\"Dana Whitfield\"")
        .contains("\"nextAvailable\":\"2026-11-23T10:00:00-05:00\"")
        .endsWith("\"total\":1,\"page\":0,\"size\":20}");
  }

  private static ResultPage<ProviderSummary> page(Optional<Instant> nextAvailable) {
    var clinic =
        new ClinicSummary(
            3,
            "Chelsea Mind Clinic",
            "245 W 29th St",
            "New York",
            "NY",
            "10001",
            ZoneId.of("America/New_York"),
            Duration.ofHours(2));
    var provider =
        new ProviderSummary(
            7,
            "Dana Whitfield",
            "MD",
            clinic,
            0.6,
            List.of("CONSULTATION", "TMS"),
            List.of("AETNA"),
            List.of("en"),
            true,
            true,
            nextAvailable);
    return new ResultPage<>(List.of(provider), 1, 0, 20);
  }
}
