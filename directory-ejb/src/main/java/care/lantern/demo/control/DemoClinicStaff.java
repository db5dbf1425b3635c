package care.lantern.demo.control;

import care.lantern.directory.entity.Clinic;
import care.lantern.platform.control.DemoMode;
import care.lantern.staff.boundary.StaffAccounts;
import care.lantern.staff.entity.StaffRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * In demo mode, the contract's clinic login {@code demo.clinic@lantern.test} (an admin of the New
 * York flagship), a front-desk colleague at the same clinic, and an admin of the Chicago flagship,
 * so that a visitor can see both what staff do and that one clinic never sees another's patients.
 * Flagged as demo accounts: refused whenever demo mode is off.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoClinicStaff {

  /** The contract's demo login. */
  public static final String DEMO_EMAIL = "demo.clinic@lantern.test";

  public static final String DEMO_PASSWORD = "demo-clinic-pass";

  private static final Logger LOG = Logger.getLogger(DemoClinicStaff.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private StaffAccounts accounts;

  @Inject private DemoMode demoMode;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void createOnce() {
    if (!demoMode.isOn()) {
      return;
    }
    List<Clinic> flagships = DemoDirectory.flagships(em, 2);
    if (flagships.size() < 2) {
      return;
    }
    long newYork = flagships.get(0).getId();
    long chicago = flagships.get(1).getId();
    try {
      boolean created =
          accounts.createDemoOnce(
              DEMO_EMAIL, "Demo Clinic Admin", DEMO_PASSWORD, StaffRole.ADMIN, newYork);
      accounts.createDemoOnce(
          "demo.frontdesk@lantern.test",
          "Demo Front Desk",
          "demo-frontdesk-pass",
          StaffRole.STAFF,
          newYork);
      accounts.createDemoOnce(
          "demo.otherclinic@lantern.test",
          "Demo Other Clinic Admin",
          "demo-otherclinic-pass",
          StaffRole.ADMIN,
          chicago);
      if (created) {
        LOG.info("Demo clinic staff accounts created");
      }
    } catch (EJBException createdByAnotherStart) {
      LOG.info("The demo clinic staff accounts are being created by another module");
    }
  }
}
