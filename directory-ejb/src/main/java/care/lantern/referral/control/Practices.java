package care.lantern.referral.control;

import care.lantern.referral.entity.ApiKey;
import care.lantern.referral.entity.IssuedKey;
import care.lantern.referral.entity.Practice;
import care.lantern.referral.entity.PracticeRef;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/** Practices and their API keys: issuing, finding by key, revoking. */
@Stateless
public class Practices {

  @PersistenceContext private EntityManager em;

  /** A new practice with its first key and, when it gives a URL, its webhook's secret. */
  public IssuedKey register(String name, Optional<String> webhookUrl, Instant now) {
    Practice practice = new Practice(name, now);
    Optional<String> secret = webhookUrl.map(url -> "whsec_" + ApiKey.randomSecret());
    secret.ifPresent(s -> practice.registerWebhook(webhookUrl, s));
    em.persist(practice);
    ApiKey.Issued issued = ApiKey.issue(practice, now);
    em.persist(issued.apiKey());
    em.flush();
    return new IssuedKey(
        practice.getId(), practice.getName(), issued.apiKey().getId(), issued.plainKey(), secret);
  }

  /** The demo practice and its key, unless they exist; false when they did. */
  public boolean createDemoOnce(String name, Instant now) {
    if (findKey(ApiKey.DEMO_KEY).isPresent()) {
      return false;
    }
    Practice practice = new Practice(name, now);
    em.persist(practice);
    em.persist(ApiKey.demo(practice, now));
    em.flush();
    return true;
  }

  /** The practice whose usable key {@code presented} is. */
  public Optional<PracticeRef> authenticate(String presented, boolean demoMode) {
    return findKey(presented)
        .filter(key -> key.accepts(presented, demoMode))
        .map(key -> key.getPractice().ref());
  }

  public Optional<ApiKey> findKeyById(long id) {
    return Optional.ofNullable(em.find(ApiKey.class, id));
  }

  private Optional<ApiKey> findKey(String presented) {
    return ApiKey.lookupPrefix(presented)
        .flatMap(
            prefix ->
                em.createNamedQuery("ApiKey.byPrefix", ApiKey.class)
                    .setParameter("prefix", prefix)
                    .getResultStream()
                    .findFirst());
  }
}
