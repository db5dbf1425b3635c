package care.lantern.api.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.api.ApiClient;
import care.lantern.api.Deployments;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bean that reads outside a transaction keeps its entity manager while the calls it makes commit
 * calendar changes, which the search index reads again on other threads. Payara's managed executor
 * shares the submitting invocation's table of entity managers with its task and closes what is in
 * it when the task ends: a start-up singleton lost its entity manager that way, now and then, and
 * its module failed to deploy. Each hold here gives that race another chance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadingOutsideATransactionIT {

  @ArquillianResource private URL deployment;

  /** The bean and its address, beside the API as it ships. */
  @Deployment(testable = false)
  static WebArchive api() {
    return Deployments.packagedApi()
        .addClasses(ReadsAroundHolds.class, ReadsAroundHoldsServlet.class);
  }

  private static final int HOLDS = 60;

  @Test
  void keepsItsEntityManagerAcrossHoldsThatTheSearchIndexFollows() {
    ApiClient api = new ApiClient(deployment);
    long provider =
        api.get("providers?zip=10001&size=1")
            .json()
            .asJsonObject()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    List<String> slots =
        api.get("providers/" + provider + "/slots").json().asJsonArray().stream()
            .map(JsonValue::asJsonObject)
            .map(slot -> slot.getJsonNumber("id").toString())
            .distinct()
            .limit(HOLDS)
            .toList();

    ApiClient.Answer answer =
        api.send(
            HttpRequest.newBuilder(
                    URI.create(deployment.toString())
                        .resolve("test/reads-around-holds?slots=" + String.join(",", slots)))
                .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("held " + slots.size());
    assertThat(slots).hasSizeGreaterThan(HOLDS / 2);
  }
}
