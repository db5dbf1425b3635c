package care.lantern.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");

  private static WebhookDelivery delivery() {
    Practice practice = new Practice("Elm Street Family Medicine", NOW);
    practice.registerWebhook(Optional.of("https://ehr.example/hook"), "whsec_x");
    return new WebhookDelivery(practice, "ref-1", ReferralStatus.ROUTED, NOW);
  }

  @Test
  void carriesOnlyTheReferralIdAndStatus() {
    assertThat(delivery().getPayload())
        .isEqualTo("{\"referralId\":\"ref-1\",\"status\":\"ROUTED\"}");
    assertThat(delivery().nextAttemptAt()).contains(NOW);
  }

  @Test
  void backsOffExponentiallyUpToAnHour() {
    assertThat(WebhookDelivery.backoff(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(WebhookDelivery.backoff(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(WebhookDelivery.backoff(5)).isEqualTo(Duration.ofSeconds(32));
    assertThat(WebhookDelivery.backoff(30)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void retriesEachFailedAttemptAfterItsBackoffUpToTheLast() {
    WebhookDelivery delivery = delivery();
    Instant attempt = NOW;

    for (int failed = 1; failed < WebhookDelivery.MAX_ATTEMPTS; failed++) {
      delivery.failed(attempt, "HTTP 500");
      assertThat(delivery.nextAttemptAt())
          .as("the retry after failure %d", failed)
          .contains(attempt.plus(WebhookDelivery.backoff(failed)));
      attempt = delivery.nextAttemptAt().orElseThrow();
    }
  }

  @Test
  void givesUpForGoodAfterTheLastAttemptFails() {
    WebhookDelivery delivery = delivery();
    for (int failed = 1; failed < WebhookDelivery.MAX_ATTEMPTS; failed++) {
      delivery.failed(NOW, "HTTP 500");
    }

    delivery.failed(NOW, "HTTP 503");

    assertThat(delivery.getAttempts()).isEqualTo(WebhookDelivery.MAX_ATTEMPTS);
    assertThat(delivery.nextAttemptAt()).isEmpty();
    assertThat(delivery.isDelivered()).isFalse();
  }

  @Test
  void stopsOnceDelivered() {
    WebhookDelivery delivery = delivery();
    delivery.delivered(NOW);

    assertThat(delivery.isDelivered()).isTrue();
    assertThat(delivery.nextAttemptAt()).isEmpty();
    assertThat(delivery.getAttempts()).isEqualTo(1);
  }
}
