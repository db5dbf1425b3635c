package care.lantern.api.directory;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.api.ApiClient;
import care.lantern.api.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The provider directory over real HTTP, against the demo data (LANTERN_DEMO=true). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvidersIT {

  /** ISO-8601 with a numeric offset and seconds, as the contract writes it. */
  private static final String OFFSET_TIME =
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}";

  @Deployment(testable = false)
  static WebArchive deploy() {
    return Deployments.packagedApi();
  }

  @ArquillianResource private URL deployment;

  @Test
  void requiresAZipCode() {
    var answer = api().get("providers?treatment=TMS");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(fieldsNamed(answer)).contains("zip");
  }

  @Test
  void rejectsAnUnknownZipCodeNamingTheField() {
    var answer = api().get("providers?zip=00000");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(fieldsNamed(answer)).containsExactly("zip");
  }

  @Test
  void rejectsARadiusOverTwoHundredFiftyMiles() {
    var answer = api().get("providers?zip=10001&radiusMiles=251");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(fieldsNamed(answer)).containsExactly("radiusMiles");
  }

  @Test
  void rejectsMalformedNumbersAndFlagsWith400NamingEach() {
    var answer = api().get("providers?zip=10001&radiusMiles=abc&page=x&telehealth=maybe");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(fieldsNamed(answer)).containsExactlyInAnyOrder("radiusMiles", "page", "telehealth");
    assertThat(answer.body()).doesNotContain("Exception");
  }

  @Test
  void rejectsAPageSizeOverOneHundred() {
    var answer = api().get("providers?zip=10001&size=101");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(fieldsNamed(answer)).containsExactly("size");
  }

  @Test
  void reportsEveryInvalidFieldInOneProblem() {
    var answer = api().get("providers?zip=1234&radiusMiles=0&sort=price&size=0");

    JsonObject problem = answer.json().asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(fieldsNamed(answer)).contains("zip", "radiusMiles", "sort", "size");
    assertThat(problem.getJsonArray("errors"))
        .allSatisfy(e -> assertThat(e.asJsonObject().getString("message")).isNotBlank());
  }

  @Test
  void pagesResultsInTheListShape() {
    JsonObject first = ok("providers?zip=10001&radiusMiles=50&size=5");
    JsonObject second = ok("providers?zip=10001&radiusMiles=50&size=5&page=1");

    assertThat(first.keySet()).containsExactlyInAnyOrder("items", "total", "page", "size");
    assertThat(first.getInt("page")).isZero();
    assertThat(first.getInt("size")).isEqualTo(5);
    assertThat(first.getJsonNumber("total").longValue()).isGreaterThan(5);
    assertThat(first.getJsonArray("items")).hasSize(5);
    assertThat(second.getInt("page")).isEqualTo(1);
    assertThat(second.getJsonNumber("total")).isEqualTo(first.getJsonNumber("total"));
    assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
  }

  @Test
  void sendsAPageOfResultsWithItsLengthRatherThanInChunks() {
    var answer = api().get("providers?zip=10001&radiusMiles=50&size=100");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Length"))
        .isEqualTo(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length));
    assertThat(answer.header("Transfer-Encoding")).isNull();
  }

  @Test
  void answersAnEmptyPageBeyondTheLastWithTheTotal() {
    JsonObject page = ok("providers?zip=10001&size=100&page=500");

    assertThat(page.getJsonArray("items")).isEmpty();
    assertThat(page.getJsonNumber("total").longValue()).isPositive();
  }

  @Test
  void describesEachItemWithEveryContractField() {
    JsonObject page = ok("providers?zip=10001&radiusMiles=25");

    assertThat(page.getJsonArray("items")).isNotEmpty();
    for (JsonValue value : page.getJsonArray("items")) {
      assertItemFields(value.asJsonObject());
      assertThat(value.asJsonObject().getJsonNumber("distanceMiles").doubleValue())
          .isBetween(0.0, 25.0);
    }
    assertThat(page.getJsonArray("items"))
        .anySatisfy(
            i -> assertThat(i.asJsonObject().get("nextAvailable")).isInstanceOf(JsonString.class));
  }

  @Test
  void filtersByTreatmentAndPayer() {
    JsonObject page = ok("providers?zip=60601&treatment=TMS&payer=AETNA&size=100");

    assertThat(page.getJsonArray("items")).isNotEmpty();
    assertThat(page.getJsonArray("items"))
        .allSatisfy(
            i -> {
              assertThat(strings(i.asJsonObject(), "treatments")).contains("TMS");
              assertThat(strings(i.asJsonObject(), "payers")).contains("AETNA");
            });
  }

  @Test
  void listsSpravatoOnlyAtClinicsThatOfferIt() {
    JsonObject page = ok("providers?zip=94103&treatment=SPRAVATO&radiusMiles=250&size=100");

    assertThat(page.getJsonArray("items")).isNotEmpty();
    assertThat(page.getJsonArray("items"))
        .allSatisfy(i -> assertThat(strings(i.asJsonObject(), "treatments")).contains("SPRAVATO"));
  }

  @Test
  void filtersByTelehealth() {
    JsonObject page = ok("providers?zip=77002&telehealth=true&size=100");

    assertThat(page.getJsonArray("items")).isNotEmpty();
    assertThat(page.getJsonArray("items"))
        .allSatisfy(i -> assertThat(i.asJsonObject().getBoolean("telehealth")).isTrue());
  }

  @Test
  void sortsBySoonestFreeConsultationWithNoneLast() {
    JsonObject page = ok("providers?zip=33130&radiusMiles=100&sort=soonest&size=100");

    List<JsonValue> starts =
        page.getJsonArray("items").stream()
            .map(i -> i.asJsonObject().get("nextAvailable"))
            .toList();
    assertThat(starts).isNotEmpty();
    for (int i = 1; i < starts.size(); i++) {
      JsonValue before = starts.get(i - 1);
      JsonValue after = starts.get(i);
      if (before.getValueType() == JsonValue.ValueType.NULL) {
        assertThat(after.getValueType()).isEqualTo(JsonValue.ValueType.NULL);
      } else if (after instanceof JsonString later) {
        assertThat(instant(before))
            .isBeforeOrEqualTo(OffsetDateTime.parse(later.getString()).toInstant());
      }
    }
  }

  @Test
  void sortsByDistanceByDefault() {
    JsonObject page = ok("providers?zip=10001&size=50");

    List<Double> distances =
        page.getJsonArray("items").stream()
            .map(i -> i.asJsonObject().getJsonNumber("distanceMiles").doubleValue())
            .toList();
    assertThat(distances).isNotEmpty().isSorted();
  }

  @Test
  void showsAProfileWithTheItemFieldsAndWhoTheProviderIs() {
    long id = firstId("providers?zip=10001&treatment=TMS&payer=AETNA");

    JsonObject profile = ok("providers/" + id + "?zip=10001");

    assertItemFields(profile);
    assertThat(profile.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(profile.getJsonNumber("distanceMiles").doubleValue()).isLessThanOrEqualTo(25.0);
    assertThat(profile.getString("bio")).isNotBlank();
    assertThat(profile.getInt("experienceYears")).isPositive();
    assertThat(profile.getString("qualifications")).isNotBlank();
    assertThat(profile.getString("treatmentPhilosophy")).isNotBlank();
    assertThat(profile.getJsonArray("locations"))
        .isNotEmpty()
        .allSatisfy(l -> assertClinicFields(l.asJsonObject()));
  }

  @Test
  void showsAProfileWithoutAZipCodeWithoutADistance() {
    long id = firstId("providers?zip=60601");

    JsonObject profile = ok("providers/" + id);

    assertThat(profile.get("distanceMiles")).isEqualTo(JsonValue.NULL);
    assertThat(profile.getJsonArray("locations")).isNotEmpty();
  }

  @Test
  void rejectsAProfileDistanceFromAnUnknownZipCode() {
    long id = firstId("providers?zip=60601");

    var answer = api().get("providers/" + id + "?zip=00000");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(fieldsNamed(answer)).containsExactly("zip");
  }

  @Test
  void answersAnUnknownProviderWith404Problem() {
    var answer = api().get("providers/999999999");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json().asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("detail")).isNotBlank();
  }

  @Test
  void documentsTheDirectoryInTheOpenApiDocument() {
    URI openapi = URI.create(deployment.toString()).resolve("/openapi");

    var answer = api().send(HttpRequest.newBuilder(openapi).GET());

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body())
        .contains("/providers", "radiusMiles", "soonest", "2026-11-23T14:00:00-05:00");
  }

  private ApiClient api() {
    return new ApiClient(deployment);
  }

  private JsonObject ok(String path) {
    var answer = api().get(path);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    return answer.json().asJsonObject();
  }

  private long firstId(String search) {
    return ok(search).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static void assertItemFields(JsonObject item) {
    assertThat(item.getJsonNumber("id").longValue()).isPositive();
    assertThat(item.getString("name")).isNotBlank();
    assertThat(item.getString("credentials")).isNotBlank();
    assertClinicFields(item.getJsonObject("clinic"));
    assertThat(item.get("distanceMiles").getValueType()).isEqualTo(JsonValue.ValueType.NUMBER);
    assertThat(strings(item, "treatments")).isNotEmpty();
    assertThat(strings(item, "payers")).isNotEmpty();
    assertThat(strings(item, "languages")).allMatch(code -> code.matches("[a-z]{2}"));
    assertThat(item.get("telehealth")).isIn(JsonValue.TRUE, JsonValue.FALSE);
    assertThat(item.get("acceptingNewPatients")).isIn(JsonValue.TRUE, JsonValue.FALSE);
    assertThat(item).containsKey("nextAvailable");
    JsonValue next = item.get("nextAvailable");
    if (next instanceof JsonString start) {
      assertThat(start.getString()).matches(OFFSET_TIME);
      ZoneId zone = ZoneId.of(item.getJsonObject("clinic").getString("timezone"));
      OffsetDateTime at = OffsetDateTime.parse(start.getString());
      assertThat(at.getOffset()).isEqualTo(zone.getRules().getOffset(at.toInstant()));
    } else {
      assertThat(next).isEqualTo(JsonValue.NULL);
    }
  }

  private static void assertClinicFields(JsonObject clinic) {
    assertThat(clinic.getJsonNumber("id").longValue()).isPositive();
    for (String field : List.of("name", "address", "city", "state", "zip", "timezone")) {
      assertThat(clinic.getString(field)).as(field).isNotBlank();
    }
    assertThat(clinic.getString("zip")).matches("\\d{5}");
    assertThat(ZoneId.of(clinic.getString("timezone")).getId()).contains("/");
  }

  private static List<String> strings(JsonObject object, String field) {
    return object.getJsonArray(field).getValuesAs(JsonString::getString);
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static Instant instant(JsonValue value) {
    return OffsetDateTime.parse(((JsonString) value).getString()).toInstant();
  }

  private static List<String> fieldsNamed(ApiClient.Answer answer) {
    return answer.json().asJsonObject().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void reportsInItsReadinessThatItsSearchIndexReadsTheChangeNotices() {
    var answer =
        api()
            .send(
                HttpRequest.newBuilder(URI.create(deployment.toString()).resolve("/health/ready"))
                    .GET());

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class))
        .filteredOn(check -> check.getString("name").equals("search-index"))
        .isNotEmpty()
        .allSatisfy(check -> assertThat(check.getString("status")).isEqualTo("UP"));
  }

  @Test
  void reportsItsLivenessFromItsThreadsAlone() {
    var answer =
        api()
            .send(
                HttpRequest.newBuilder(URI.create(deployment.toString()).resolve("/health/live"))
                    .GET());

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(
            check -> {
              assertThat(check.getString("name")).isEqualTo("threads");
              assertThat(check.getString("status")).isEqualTo("UP");
              assertThat(check.getJsonObject("data").getString("module")).isNotBlank();
            });
  }
}
