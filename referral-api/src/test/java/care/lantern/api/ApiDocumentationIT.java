package care.lantern.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document Payara serves at /openapi, and the try-it page over it at /api/docs/. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiDocumentationIT {

  /** Every path the contract names, below the server URL /api. */
  private static final List<String> CONTRACT_PATHS =
      List.of(
          "/v1/treatments",
          "/v1/payers",
          "/v1/providers",
          "/v1/providers/{id}",
          "/v1/providers/{id}/slots",
          "/v1/appointments",
          "/v1/appointments/{reference}",
          "/v1/appointments/{reference}/cancel",
          "/v1/appointments/{reference}/reschedule",
          "/v1/appointments/{reference}/calendar.ics",
          "/v1/screenings",
          "/v1/referrals",
          "/v1/referrals/{id}");

  private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

  @Deployment(testable = false)
  static WebArchive api() {
    return Deployments.packagedApi();
  }

  @ArquillianResource private URL deployment;

  @Test
  void servesTheTryItPageWithEveryAssetItNames() {
    URI page = address("/api/docs/");

    var answer = get(page);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body())
        .contains("<html lang=\"en\">")
        .containsPattern("<title>[^<]+</title>")
        .contains("swagger-ui-bundle.js", "swagger-ui.css", "try-it.js");
    for (String asset : assets(answer.body())) {
      assertThat(get(page.resolve(asset)).status()).as(asset).isEqualTo(200);
    }
    assertThat(get(page.resolve("try-it.js")).body()).contains("url: \"/openapi\"");
    assertThat(get(page.resolve(bundle(answer.body()))).body()).contains("SwaggerUIBundle");
  }

  @Test
  void documentsEveryContractPathWithExamplesBelowARelativeServer() {
    JsonObject document = openApi();

    assertThat(document.getJsonArray("servers").getJsonObject(0).getString("url"))
        .isEqualTo("/api");
    assertThat(document.getJsonObject("paths").keySet()).containsAll(CONTRACT_PATHS);
    List<String> operationIds = new ArrayList<>();
    operations(document)
        .forEach(
            (name, operation) -> {
              operationIds.add(operation.getString("operationId"));
              assertThat(operation.getString("summary", "")).as(name).isNotBlank();
              assertThat(operation.getString("description", "")).as(name).isNotBlank();
              List<Example> responses = responseExamples(document, operation);
              assertThat(responses).as(name).isNotEmpty();
              responses.forEach(example -> assertThat(example.value()).as(name).isNotNull());
              if (operation.containsKey("requestBody")) {
                List<Example> requests =
                    examples(document, resolve(document, operation.getJsonObject("requestBody")));
                assertThat(requests).as(name + " request").isNotEmpty();
                requests.forEach(
                    example -> assertThat(example.value()).as(name + " request").isNotNull());
              }
            });
    assertThat(operationIds).doesNotHaveDuplicates();
  }

  @Test
  void declaresBearerSchemesForTheReferralAndAdminEndpoints() {
    JsonObject document = openApi();

    JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");
    for (String scheme : List.of(LanternApi.PRACTICE_KEY, LanternApi.ADMIN_TOKEN)) {
      assertThat(schemes.getJsonObject(scheme).getString("type")).isEqualTo("http");
      assertThat(schemes.getJsonObject(scheme).getString("scheme")).isEqualTo("bearer");
    }
    operations(document)
        .forEach(
            (name, operation) -> {
              if (name.contains(" /v1/referrals")) {
                assertThat(operation.get("security").toString())
                    .as(name)
                    .contains(LanternApi.PRACTICE_KEY);
              } else if (name.contains(" /v1/admin/")) {
                assertThat(operation.get("security").toString())
                    .as(name)
                    .contains(LanternApi.ADMIN_TOKEN);
              } else {
                assertThat(operation).as(name).doesNotContainKey("security");
              }
            });
  }

  @Test
  void servesADocumentTheOfficialOpenApi30SchemaAccepts() {
    List<String> errors = validator().specificationErrors();

    assertThat(errors).as("%d errors", errors.size()).isEmpty();
  }

  @Test
  void resolvesEveryReferenceAndMatchesEveryPathParameterToItsTemplate() {
    OpenApiValidator validator = validator();

    assertThat(validator.unresolvedReferences()).isEmpty();
    assertThat(validator.pathParameterErrors()).isEmpty();
  }

  @Test
  void givesExamplesThatMatchTheSchemaTheySitUnder() {
    List<String> errors = validator().exampleErrors();

    assertThat(errors).as("%d errors", errors.size()).isEmpty();
  }

  @Test
  void takesTheScreeningsItsExamplesSend() {
    JsonObject document = openApi();
    JsonObject take = document.getJsonObject("paths").getJsonObject("/v1/screenings");
    List<Example> requests =
        examples(
            document, resolve(document, take.getJsonObject("post").getJsonObject("requestBody")));

    assertThat(requests).hasSize(2);
    for (Example request : requests) {
      var answer =
          new ApiClient(deployment)
              .post("screenings", request.mediaType(), request.value().toString());
      assertThat(answer.status()).as(request.value().toString()).isEqualTo(200);
    }
  }

  private URI address(String path) {
    return URI.create(deployment.toString()).resolve(path);
  }

  private ApiClient.Answer get(URI uri) {
    return new ApiClient(deployment).send(HttpRequest.newBuilder(uri).GET());
  }

  private JsonObject openApi() {
    return Json.createReader(new StringReader(openApiText())).readObject();
  }

  private OpenApiValidator validator() {
    return new OpenApiValidator(openApiText());
  }

  private String openApiText() {
    var answer =
        new ApiClient(deployment)
            .send(
                HttpRequest.newBuilder(address("/openapi"))
                    .header("Accept", "application/json")
                    .GET());
    assertThat(answer.status()).isEqualTo(200);
    return answer.body();
  }

  private static List<String> assets(String html) {
    List<String> assets = new ArrayList<>();
    Matcher matcher = ASSET.matcher(html);
    while (matcher.find()) {
      assets.add(matcher.group(1));
    }
    return assets;
  }

  private static String bundle(String html) {
    return assets(html).stream().filter(a -> a.endsWith("/swagger-ui-bundle.js")).findFirst().get();
  }

  /** Each operation by "METHOD /path". */
  private static Map<String, JsonObject> operations(JsonObject document) {
    Map<String, JsonObject> operations = new TreeMap<>();
    document
        .getJsonObject("paths")
        .forEach(
            (path, item) ->
                item.asJsonObject()
                    .forEach(
                        (method, operation) ->
                            operations.put(
                                method.toUpperCase() + " " + path, operation.asJsonObject())));
    return operations;
  }

  /** One example of a request or response body, as the document holds it. */
  private record Example(String mediaType, JsonValue value) {}

  /** Examples in the operation's responses, following references to shared responses. */
  private static List<Example> responseExamples(JsonObject document, JsonObject operation) {
    return operation.getJsonObject("responses").values().stream()
        .map(response -> resolve(document, response.asJsonObject()))
        .flatMap(response -> examples(document, response).stream())
        .toList();
  }

  /**
   * Examples in a response's or request body's content, over all its media types, following
   * references to shared examples.
   */
  private static List<Example> examples(JsonObject document, JsonObject withContent) {
    List<Example> examples = new ArrayList<>();
    JsonObject content = withContent.getJsonObject("content");
    if (content != null) {
      content.forEach(
          (type, media) -> {
            JsonObject named = media.asJsonObject().getJsonObject("examples");
            if (named != null) {
              named
                  .values()
                  .forEach(
                      e ->
                          examples.add(
                              new Example(type, resolve(document, e.asJsonObject()).get("value"))));
            }
            if (media.asJsonObject().containsKey("example")) {
              examples.add(new Example(type, media.asJsonObject().get("example")));
            }
          });
    }
    return examples;
  }

  /** The object a {@code $ref} names in the document, or the object itself. */
  private static JsonObject resolve(JsonObject document, JsonObject object) {
    return object.containsKey("$ref")
        ? Json.createPointer(object.getString("$ref").substring(1))
            .getValue(document)
            .asJsonObject()
        : object;
  }
}
