package care.lantern.api.referral;

import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.api.ApiClient;
import care.lantern.api.Deployments;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The closed loop: a practice's webhook hears every status change of its referrals, signed, and a
 * failed delivery is retried. The receiver here refuses the first delivery it gets, then checks
 * every signature as a practice's system would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReferralWebhooksIT {

  private static final String ADMIN_TOKEN = "test-admin-token";

  @Deployment(testable = false)
  static WebArchive api() {
    return Deployments.packagedApi();
  }

  @ArquillianResource private URL deployment;

  /** One request the receiver got, and whether its signature held. */
  record Received(String deliveryId, String body, boolean signatureValid, int answered) {}

  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicBoolean refusedOnce = new AtomicBoolean();
  private HttpServer receiver;
  private volatile String secret = "";

  @BeforeEach
  void startReceiver() throws IOException, InterruptedException {
    long ready = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (client().get("treatments").status() != 200 && System.nanoTime() < ready) {
      TimeUnit.SECONDS.sleep(1);
    }
    receiver = HttpServer.create(new InetSocketAddress(0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] bytes;
          try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
          }
          String body = new String(bytes, StandardCharsets.UTF_8);
          int answer = refusedOnce.compareAndSet(false, true) ? 500 : 204;
          received.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("Lantern-Delivery"),
                  body,
                  verify(exchange.getRequestHeaders().getFirst("Lantern-Signature"), body),
                  answer));
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  @Test
  void deliversEveryStatusChangeSignedAndRetriesAFailedDelivery() throws Exception {
    JsonObject practice = registerPractice();
    secret = practice.getString("webhookSecret");
    String apiKey = practice.getString("apiKey");

    var sent = submit(apiKey);
    assertThat(sent.status()).isEqualTo(201);
    String referralId = sent.json().asJsonObject().getString("id");

    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (accepted().size() < 2 && System.nanoTime() < giveUp) {
      TimeUnit.MILLISECONDS.sleep(250);
    }
    assertThat(accepted())
        .extracting(Received::body)
        .containsExactlyInAnyOrder(
            "{\"referralId\":\"" + referralId + "\",\"status\":\"RECEIVED\"}",
            "{\"referralId\":\"" + referralId + "\",\"status\":\"ROUTED\"}");
    assertThat(received).allMatch(Received::signatureValid);
    Received refused = received.get(0);
    assertThat(refused.answered()).isEqualTo(500);
    assertThat(accepted()).extracting(Received::deliveryId).contains(refused.deliveryId());
  }

  private List<Received> accepted() {
    return received.stream().filter(r -> r.answered() == 204).toList();
  }

  /** Checks {@code t=<ts>,v1=<hex>} as a receiver should: HMAC-SHA256 over "ts.body". */
  private boolean verify(String header, String body) {
    if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
      return false;
    }
    String timestamp = header.substring(2, header.indexOf(','));
    String signature = header.substring(header.indexOf("v1=") + 3);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      String expected =
          HexFormat.of()
              .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          signature.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private JsonObject registerPractice() {
    String hook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    var answer =
        client()
            .send(
                HttpRequest.newBuilder(uri("admin/practices"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + ADMIN_TOKEN)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\"Birch Lane Primary Care\",\"webhookUrl\":\""
                                + hook
                                + "\"}")));
    assertThat(answer.status()).isEqualTo(201);
    return answer.json().asJsonObject();
  }

  private ApiClient.Answer submit(String apiKey) {
    String body =
        "{\"patient\":{\"firstName\":\"Alex\",\"lastName\":\"Rivera\","
            + "\"email\":\"alex.rivera@example.com\",\"phone\":\"(555) 010-0199\","
            + "\"dateOfBirth\":\"1980-04-27\",\"zip\":\"60601\"},\"payer\":\"MEDICARE\","
            + "\"diagnosisCodes\":[\"F32.2\"],\"requestedTreatments\":[\"CONSULTATION\"],"
            + "\"urgency\":\"ROUTINE\",\"autoSchedule\":false}";
    return client()
        .send(
            HttpRequest.newBuilder(uri("referrals"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + apiKey)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private ApiClient client() {
    return new ApiClient(apiRoot());
  }

  /** The contract's context root on the deployment's host, as in {@link ReferralsIT}. */
  private URL apiRoot() {
    try {
      return URI.create(
              deployment.getProtocol()
                  + "://"
                  + deployment.getHost()
                  + ":"
                  + deployment.getPort()
                  + "/api/")
          .toURL();
    } catch (MalformedURLException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private URI uri(String path) {
    return URI.create(apiRoot() + "v1/" + path);
  }
}
