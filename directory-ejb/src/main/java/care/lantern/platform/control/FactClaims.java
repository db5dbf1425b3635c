package care.lantern.platform.control;

import care.lantern.platform.entity.PlatformFact;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Claims work that must happen once across every web module and node (demo data, a night's slot
 * publication) by writing a {@link PlatformFact} named for it, in a transaction of its own that
 * commits before the work begins. Two claims at once collide on the fact's key: the later one waits
 * for the first to commit and then fails, as an {@code EJBException} to its caller.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class FactClaims {

  @PersistenceContext private EntityManager em;

  public FactClaims() {}

  /** Outside a container, e.g. in persistence tests: claims in {@code em}'s transaction. */
  public FactClaims(EntityManager em) {
    this.em = em;
  }

  /** True when this caller claimed {@code fact}; false when it was claimed before. */
  public boolean claim(String fact, String value, Instant now) {
    if (em.find(PlatformFact.class, fact) != null) {
      return false;
    }
    em.persist(new PlatformFact(fact, value, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    em.flush();
    return true;
  }
}
