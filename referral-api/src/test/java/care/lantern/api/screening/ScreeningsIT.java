package care.lantern.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.api.ApiClient;
import care.lantern.api.Deployments;
import care.lantern.api.Racers;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningsIT {

  private static final int RACERS = 20;

  @Deployment(testable = false)
  static WebArchive api() {
    return Deployments.packagedApi();
  }

  @ArquillianResource private URL deployment;

  private ApiClient.Answer post(String body) {
    return new ApiClient(deployment).post("screenings", "application/json", body);
  }

  private JsonObject result(String body) {
    ApiClient.Answer answer = post(body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    return answer.json().asJsonObject();
  }

  private JsonObject problem(String body) {
    ApiClient.Answer answer = post(body);
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at care.");
    JsonObject problem = answer.json().asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(400);
    return problem;
  }

  private static List<String> errorFields(JsonObject problem) {
    return problem.getJsonArray("errors").stream()
        .map(error -> error.asJsonObject().getString("field"))
        .toList();
  }

  private static List<String> treatments(JsonObject result) {
    return result.getJsonArray("recommendations").stream()
        .map(r -> r.asJsonObject().getString("treatment"))
        .toList();
  }

  @ParameterizedTest(name = "PHQ-9 {0} is {1}")
  @CsvSource({
    "'0,0,0,0,0,0,0,0,0', 0, MINIMAL, false",
    "'1,1,1,1,0,0,0,0,0', 4, MINIMAL, false",
    "'1,1,1,1,1,0,0,0,0', 5, MILD, false",
    "'2,2,2,2,1,0,0,0,0', 9, MILD, false",
    "'2,2,2,2,2,0,0,0,0', 10, MODERATE, true",
    "'3,3,3,3,3,0,0,0,0', 15, MODERATELY_SEVERE, true",
    "'3,3,3,3,3,3,2,0,0', 20, SEVERE, true",
  })
  void scoresPhq9InThePublishedBands(String answers, int score, String severity, boolean positive) {
    JsonObject result = result("{\"instrument\":\"PHQ9\",\"answers\":[" + answers + "]}");

    assertThat(result.getString("id")).isNotBlank();
    assertThat(result.getString("instrument")).isEqualTo("PHQ9");
    assertThat(result.getInt("score")).isEqualTo(score);
    assertThat(result.getString("severity")).isEqualTo(severity);
    assertThat(result.getBoolean("positive")).isEqualTo(positive);
    assertThat(result.getBoolean("urgent")).isFalse();
    assertThat(result.getJsonArray("crisisResources")).isEmpty();
    assertThat(result.getString("disclaimer")).isEqualTo("This is a screening, not a diagnosis.");
    assertThat(treatments(result)).contains("CONSULTATION");
  }

  @Test
  void anyAnswerAboveZeroOnItem9PutsCrisisResourcesAndAnEarlyConsultationFirst() {
    JsonObject result =
        result(
            "{\"instrument\":\"PHQ9\",\"answers\":[0,0,0,0,0,0,0,0,1],\"zip\":\"10001\","
                + "\"payer\":\"AETNA\"}");

    assertThat(result.getBoolean("urgent")).isTrue();
    assertThat(result.getString("severity")).isEqualTo("MINIMAL");
    JsonArray crisis = result.getJsonArray("crisisResources");
    assertThat(crisis).isNotEmpty();
    assertThat(crisis.getJsonObject(0).getString("contact")).isEqualTo("988");
    assertThat(crisis.getJsonObject(0).getString("name")).contains("988");
    assertThat(crisis.getJsonObject(0).getBoolean("call")).isTrue();
    assertThat(crisis.getJsonObject(0).getBoolean("text")).isTrue();
    assertThat(treatments(result).get(0)).isEqualTo("CONSULTATION");
    assertThat(result.getJsonArray("notes").getString(0)).contains("988");
    assertThat(
            result
                .getJsonArray("recommendations")
                .getJsonObject(0)
                .getJsonArray("providers")
                .size())
        .isBetween(1, 3);
  }

  @ParameterizedTest(name = "GAD-7 {0} is {1}")
  @CsvSource({
    "'0,0,0,0,0,0,0', MINIMAL, false",
    "'1,1,1,1,1,0,0', MILD, false",
    "'2,2,2,2,2,0,0', MODERATE, true",
    "'3,3,3,3,3,0,0', SEVERE, true",
  })
  void scoresGad7InThePublishedBands(String answers, String severity, boolean positive) {
    JsonObject result = result("{\"instrument\":\"GAD7\",\"answers\":[" + answers + "]}");

    assertThat(result.getString("severity")).isEqualTo(severity);
    assertThat(result.getBoolean("positive")).isEqualTo(positive);
    assertThat(result.getInt("maxScore")).isEqualTo(21);
    assertThat(result.getBoolean("urgent")).isFalse();
  }

  @Test
  void ptsdScreenIsPositiveAtThreeAndSaysFourIsTheMoreSpecificCutPoint() {
    JsonObject result = result("{\"instrument\":\"PCPTSD5\",\"answers\":[1,1,1,0,0]}");

    assertThat(result.getInt("score")).isEqualTo(3);
    assertThat(result.getBoolean("positive")).isTrue();
    assertThat(result.getString("severity")).isEqualTo("POSITIVE");
    assertThat(result.getJsonArray("notes").getString(0)).contains("4").contains("specific");
  }

  @Test
  void ptsdScreenIsNegativeBelowThree() {
    JsonObject result = result("{\"instrument\":\"PCPTSD5\",\"answers\":[1,1,0,0,0]}");

    assertThat(result.getBoolean("positive")).isFalse();
    assertThat(result.getString("severity")).isEqualTo("NEGATIVE");
  }

  @Test
  void ptsdScreenAfterANoToTheTraumaQuestionStillOffersAConsultation() {
    JsonObject result =
        result("{\"instrument\":\"PCPTSD5\",\"traumaExposure\":false,\"answers\":[]}");

    assertThat(result.getInt("score")).isZero();
    assertThat(result.getBoolean("positive")).isFalse();
    assertThat(treatments(result)).containsExactly("CONSULTATION");
  }

  @Test
  void suggestsTmsWithProvidersNearbyAfterTwoAntidepressantsAndModerateDepression() {
    JsonObject result =
        result(
            "{\"instrument\":\"PHQ9\",\"answers\":[2,2,2,2,1,1,1,1,0],\"zip\":\"10001\","
                + "\"payer\":\"AETNA\",\"priorAntidepressantTrials\":2}");

    assertThat(treatments(result)).startsWith("TMS").contains("CONSULTATION");
    JsonObject tms = result.getJsonArray("recommendations").getJsonObject(0);
    assertThat(tms.getString("reason")).contains("TMS");
    JsonArray providers = tms.getJsonArray("providers");
    assertThat(providers.size()).isBetween(1, 3);
    for (JsonValue value : providers) {
      JsonObject provider = value.asJsonObject();
      assertThat(provider.getJsonNumber("id").longValue()).isPositive();
      assertThat(provider.getString("name")).isNotBlank();
      assertThat(provider.getString("credentials")).isNotBlank();
      assertThat(provider.getJsonNumber("distanceMiles").doubleValue()).isBetween(0.0, 100.0);
      assertThat(strings(provider.getJsonArray("treatments"))).contains("TMS");
      assertThat(strings(provider.getJsonArray("payers"))).contains("AETNA");
      assertThat(provider.getJsonArray("languages")).isNotNull();
      assertThat(provider.get("telehealth")).isIn(JsonValue.TRUE, JsonValue.FALSE);
      assertThat(provider.getBoolean("acceptingNewPatients")).isTrue();
      JsonObject clinic = provider.getJsonObject("clinic");
      for (String field : List.of("name", "address", "city", "state", "zip", "timezone")) {
        assertThat(clinic.getString(field)).as(field).isNotBlank();
      }
      assertThat(clinic.getJsonNumber("id").longValue()).isPositive();
      assertThat(provider.containsKey("nextAvailable")).isTrue();
    }
    JsonObject first = providers.getJsonObject(0);
    OffsetDateTime next = OffsetDateTime.parse(first.getString("nextAvailable"));
    assertThat(next.getOffset())
        .isEqualTo(
            java.time.ZoneId.of(first.getJsonObject("clinic").getString("timezone"))
                .getRules()
                .getOffset(next.toInstant()));
  }

  @Test
  void rejectsAWrongNumberOfAnswersNamingTheAnswers() {
    JsonObject problem = problem("{\"instrument\":\"PHQ9\",\"answers\":[0,0,0,0,0,0,0,0]}");

    assertThat(problem.getString("type")).endsWith("/validation");
    assertThat(errorFields(problem)).containsExactly("answers");
  }

  @Test
  void rejectsAnAnswerOutOfRangeNamingItsPosition() {
    JsonObject problem = problem("{\"instrument\":\"PHQ9\",\"answers\":[0,0,0,0,0,0,0,0,4]}");

    assertThat(errorFields(problem)).containsExactly("answers[8]");
  }

  @Test
  void rejectsAYesNoScreenAnsweredWithTwo() {
    JsonObject problem = problem("{\"instrument\":\"PCPTSD5\",\"answers\":[0,2,0,0,0]}");

    assertThat(errorFields(problem)).containsExactly("answers[1]");
  }

  @Test
  void rejectsFractionsAndHugeNumbersInsteadOfRoundingThem() {
    JsonObject problem =
        problem("{\"instrument\":\"PHQ9\",\"answers\":[1.5,0,0,0,0,0,0,0,99999999999]}");

    assertThat(errorFields(problem)).containsExactly("answers[0]", "answers[8]");
  }

  @Test
  void rejectsAnUnknownInstrument() {
    JsonObject problem = problem("{\"instrument\":\"BDI2\",\"answers\":[0,0,0]}");

    assertThat(errorFields(problem)).containsExactly("instrument");
  }

  @Test
  void rejectsAnEmptyBodyNamingTheInstrument() {
    JsonObject problem = problem("{}");

    assertThat(errorFields(problem)).containsExactly("instrument");
  }

  @Test
  void rejectsAnUnknownZip() {
    JsonObject problem =
        problem("{\"instrument\":\"GAD7\",\"answers\":[0,0,0,0,0,0,0],\"zip\":\"00000\"}");

    assertThat(errorFields(problem)).containsExactly("zip");
  }

  @Test
  void rejectsMalformedJson() {
    JsonObject problem = problem("{not json");

    assertThat(problem.getString("detail")).isNotBlank();
  }

  /**
   * Screenings sent at the same moment, more than twice as many as the server has database
   * connections (the tests' server sizes its pool like run.sh): each is answered. Routing one
   * searches nearby providers, and counting it takes a transaction of its own; were the search's
   * connection still held while counting, they would wait for each other until the pool gave up.
   */
  @Test
  void answersMoreConcurrentScreeningsThanTheServerHasConnections() throws Exception {
    List<String> zips = List.of("10001", "60601", "94103", "77002", "33130");
    List<String> payers = List.of("AETNA", "MEDICARE", "SELF_PAY");

    List<ApiClient.Answer> answers =
        Racers.race(
            RACERS,
            racer ->
                post(
                    "{\"instrument\":\"PHQ9\",\"answers\":[2,2,2,2,1,1,1,1,0],\"zip\":\""
                        + zips.get(racer % zips.size())
                        + "\",\"payer\":\""
                        + payers.get(racer / zips.size() % payers.size())
                        + "\",\"priorAntidepressantTrials\":2}"));

    assertThat(answers)
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).as(answer.body()).isEqualTo(200);
              assertThat(treatments(answer.json().asJsonObject())).contains("CONSULTATION");
            });
  }

  @Test
  void rejectsJsonOfTheWrongShape() {
    problem("{\"instrument\":\"PHQ9\",\"answers\":\"all of them\"}");
  }

  @Test
  void rejectsAnotherMediaType() {
    ApiClient.Answer answer =
        new ApiClient(deployment).post("screenings", "text/plain", "PHQ9 0,0,0,0,0,0,0,0,0");

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
