package care.lantern.api.directory;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.api.PageResponse;
import care.lantern.directory.entity.ClinicSummary;
import care.lantern.platform.entity.ResultPage;
import care.lantern.search.entity.ProviderSummary;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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

  @Test
  void assemblesWhatJsonBWouldWriteForThePageWholeFirstAndWhenItsItemsAreKept() {
    Jsonb jsonb = JsonbBuilder.create();
    Random random = new Random(14);
    String[] names = {"Dana Whitfield", "José \"Pepe\" Núñez", "Ann\\Lee <b>", "李 明", "O'Neil\n"};
    for (int round = 0; round < 200; round++) {
      List<ProviderSummary> items = new ArrayList<>();
      for (int i = 0; i < random.nextInt(21); i++) {
        items.add(
            provider(
                random.nextInt(5),
                names[random.nextInt(names.length)],
                random.nextInt(2500) / 10.0,
                random.nextBoolean()
                    ? Optional.empty()
                    : Optional.of(
                        Instant.parse("2026-11-23T15:00:00Z")
                            .plusSeconds(900L * random.nextInt(4000)))));
      }
      var page = new ResultPage<>(items, 1000 + round, round % 7, 20);

      String expected = jsonb.toJson(PageResponse.from(page, ProviderItemResponse::from));
      assertThat(new String(responses.json(page), StandardCharsets.UTF_8))
          .as("round %d", round)
          .isEqualTo(expected);
    }
  }

  private static ProviderSummary provider(
      long id, String name, double distance, Optional<Instant> nextAvailable) {
    return new ProviderSummary(
        id,
        name,
        id % 2 == 0 ? "MD" : null,
        new ClinicSummary(
            id + 3,
            "Clinic " + name,
            "245 W 29th St",
            "New York",
            "NY",
            "10001",
            ZoneId.of(id % 2 == 0 ? "America/New_York" : "America/Los_Angeles"),
            Duration.ofHours(2)),
        distance,
        List.of("CONSULTATION", "TMS"),
        id % 3 == 0 ? List.of() : List.of("AETNA", "CIGNA"),
        List.of("en", "es"),
        id % 2 == 0,
        id % 4 != 0,
        nextAvailable);
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
