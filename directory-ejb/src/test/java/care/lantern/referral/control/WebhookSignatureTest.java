package care.lantern.referral.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void signsTheTimestampAndBodyWithHmacSha256() {
    String header =
        WebhookSignature.header(
            "whsec_test", Instant.ofEpochSecond(1795316375L), "{\"referralId\":\"r\"}");

    assertThat(header)
        .isEqualTo(
            "t=1795316375,v1="
                + WebhookSignature.hmac("whsec_test", "1795316375.{\"referralId\":\"r\"}"));
    assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
  }

  @Test
  void matchesTheRfc4231TestVector() {
    assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }
}
