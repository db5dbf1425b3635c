package care.lantern.referral.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends due webhook deliveries every two seconds: each signed ({@link WebhookSignature}), with its
 * delivery id, outside any transaction; the outcome is recorded afterwards. A 2xx answer is
 * delivered; anything else (or no answer within ten seconds) is retried with backoff. Redirects are
 * not followed. Logs name deliveries by id only.
 */
@Singleton
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Inject private WebhookOutbox outbox;

  @Inject private Clock clock;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void dispatch() {
    for (WebhookOutbox.Claimed delivery : outbox.claimDue(clock.instant())) {
      String failure = send(delivery);
      if (failure == null) {
        outbox.delivered(delivery.id(), clock.instant());
      } else {
        LOG.info(() -> "Webhook delivery " + delivery.id() + " failed: " + failure);
        outbox.failed(delivery.id(), clock.instant(), failure);
      }
    }
  }

  /** Null when delivered, else why not. */
  private String send(WebhookOutbox.Claimed delivery) {
    Instant now = clock.instant();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(delivery.url()))
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header(WebhookSignature.DELIVERY_HEADER, delivery.id())
              .header(
                  WebhookSignature.HEADER,
                  WebhookSignature.header(delivery.secret(), now, delivery.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
              .build();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      return status / 100 == 2 ? null : "HTTP " + status;
    } catch (IOException | IllegalArgumentException unreachable) {
      return unreachable.getClass().getSimpleName();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
