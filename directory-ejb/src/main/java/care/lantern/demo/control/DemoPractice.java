package care.lantern.demo.control;

import care.lantern.platform.control.DemoMode;
import care.lantern.referral.control.Practices;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * In demo mode, the "Demo Referring Practice" with the contract's key {@code lantern-demo-key},
 * stored hashed like every key and flagged as the demo key, so that it is refused whenever demo
 * mode is off. Created once: a module or cluster member starting at the same time collides on the
 * key's unique prefix and leaves it to the other.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoPractice {

  static final String NAME = "Demo Referring Practice";

  private static final Logger LOG = Logger.getLogger(DemoPractice.class.getName());

  @Inject private Practices practices;

  @Inject private Clock clock;

  @Inject private DemoMode demoMode;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void createOnce() {
    if (!demoMode.isOn()) {
      return;
    }
    try {
      if (practices.createDemoOnce(NAME, clock.instant())) {
        LOG.info("Demo referring practice created");
      }
    } catch (EJBException createdByAnotherStart) {
      LOG.info("The demo referring practice is being created by another module");
    }
  }
}
