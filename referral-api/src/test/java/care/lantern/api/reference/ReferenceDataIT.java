package care.lantern.api.reference;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.api.ApiClient;
import care.lantern.api.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferenceDataIT {

  @Deployment(testable = false)
  static WebArchive api() {
    return Deployments.packagedApi();
  }

  @ArquillianResource private URL deployment;

  @Test
  void listsEveryContractTreatmentFromTheMigratedDatabase() {
    var answer = new ApiClient(deployment).get("treatments");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(codes(answer)).startsWith("CONSULTATION").contains("TMS", "SPRAVATO", "KETAMINE_IV");
  }

  @Test
  void listsEveryContractPayer() {
    var answer = new ApiClient(deployment).get("payers");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(codes(answer))
        .contains(
            "AETNA",
            "BCBS",
            "CIGNA",
            "UNITED",
            "MEDICARE",
            "MEDICAID",
            "TRICARE",
            "HUMANA",
            "SELF_PAY");
  }

  @Test
  void answersAnUnknownPathWithAProblemAndNoStackTrace() {
    var answer = new ApiClient(deployment).get("no-such-thing");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    JsonObject problem = answer.json().asJsonObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("title")).isEqualTo("Not Found");
    assertThat(problem.getString("type")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at care.");
  }

  @Test
  void answersAWrongMethodWith405ProblemNamingTheAllowedOnes() {
    var answer = new ApiClient(deployment).post("treatments", "application/json", "{}");

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.header("Allow")).contains("GET");
  }

  private static java.util.List<String> codes(ApiClient.Answer answer) {
    return answer.json().asJsonArray().stream()
        .map(v -> ((JsonString) v.asJsonObject().get("code")).getString())
        .toList();
  }
}
