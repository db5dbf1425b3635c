package care.lantern.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiKeyTest {

  private static final Instant NOW = Instant.parse("2026-11-20T15:00:00Z");
  private final Practice practice = new Practice("Elm Street Family Medicine", NOW);

  @Test
  void issuesAPrefixedKeyFoundByItsPrefixAndAcceptedByItsHash() {
    ApiKey.Issued issued = ApiKey.issue(practice, NOW);

    assertThat(issued.plainKey()).matches("lk_[a-z0-9]{10}_[A-Za-z0-9]{32}");
    assertThat(ApiKey.lookupPrefix(issued.plainKey())).contains(issued.apiKey().getPrefix());
    assertThat(issued.apiKey().accepts(issued.plainKey(), false)).isTrue();
    assertThat(issued.apiKey().accepts(issued.plainKey() + "x", false)).isFalse();
  }

  @Test
  void refusesARevokedKey() {
    ApiKey.Issued issued = ApiKey.issue(practice, NOW);
    issued.apiKey().revoke(NOW);

    assertThat(issued.apiKey().accepts(issued.plainKey(), true)).isFalse();
    assertThat(issued.apiKey().revokedAt()).contains(NOW);
  }

  @Test
  void acceptsTheDemoKeyOnlyInDemoMode() {
    ApiKey demo = ApiKey.demo(practice, NOW);

    assertThat(ApiKey.lookupPrefix(ApiKey.DEMO_KEY)).contains(demo.getPrefix());
    assertThat(demo.accepts(ApiKey.DEMO_KEY, true)).isTrue();
    assertThat(demo.accepts(ApiKey.DEMO_KEY, false)).isFalse();
  }

  @Test
  void findsNoPrefixInSomethingThatIsNoKey() {
    assertThat(ApiKey.lookupPrefix("Basic dXNlcjpwYXNz")).isEmpty();
    assertThat(ApiKey.lookupPrefix(null)).isEmpty();
    assertThat(ApiKey.lookupPrefix("lk_short_secret")).isEmpty();
  }
}
