package care.lantern.demo.control;

import care.lantern.demo.control.DemoDirectory.Directory;
import care.lantern.directory.entity.DirectoryChanged;
import care.lantern.directory.entity.ZipCode;
import care.lantern.platform.control.DemoMode;
import care.lantern.platform.control.FactClaims;
import care.lantern.platform.control.OneNodeAtATime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo directory once, on the first start with demo mode on ({@code lantern.demo}). Kept
 * apart from the migrations: production never runs it. The load is claimed with a fact row, and the
 * start-up turn ({@link OneNodeAtATime}) is held around claim and load: a second module or cluster
 * member starting at once waits until the whole directory is written, then finds the claim taken.
 * Every module's search index then reads the directory anew, the loser's too: it may have begun
 * reading a half-written directory, and the load writes no calendar change notices.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoData {

  static final String FACT = "demo-data";
  private static final long SEED = 20261122L;
  private static final double METRO_RADIUS_MILES = 20;

  /** About 20,000 slots per transaction. */
  private static final int HOURS_PER_TRANSACTION = 400;

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;

  @Inject private DemoDataWriter writer;

  @Inject private FactClaims facts;

  @Resource(lookup = "jdbc/lantern")
  private DataSource dataSource;

  @Inject private Event<DirectoryChanged> directoryChanged;

  @Inject private DemoMode demoMode;

  @Inject
  @ConfigProperty(name = "lantern.demo.clinics", defaultValue = "320")
  private int clinics;

  @Inject
  @ConfigProperty(name = "lantern.demo.providers", defaultValue = "960")
  private int providers;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void loadOnce() {
    if (!demoMode.isOn()) {
      return;
    }
    long asked = System.nanoTime();
    try (OneNodeAtATime turn = OneNodeAtATime.take(dataSource)) {
      long waited = (System.nanoTime() - asked) / 1_000_000;
      if (claimed()) {
        load();
      } else {
        LOG.info(() -> "Demo data already loaded; waited " + waited + " ms for the start-up turn");
      }
    }
    directoryChanged.fire(new DirectoryChanged()); // the search index reads the whole directory
  }

  private void load() {
    long started = System.nanoTime();
    Directory directory =
        new DemoDirectory(SEED, LocalDate.now(clock))
            .generate(new DemoDirectory.Size(clinics, providers), this::zipsNear);
    writer.writeDirectory(directory);
    int published = 0;
    List<DemoDirectory.Hours> hours = directory.hours();
    for (int from = 0; from < hours.size(); from += HOURS_PER_TRANSACTION) {
      published +=
          writer.writeSlots(
              hours.subList(from, Math.min(hours.size(), from + HOURS_PER_TRANSACTION)),
              clock.instant());
    }
    writer.pointNextFree(clock.instant());
    long millis = (System.nanoTime() - started) / 1_000_000;
    int slotCount = published;
    LOG.info(
        () ->
            "Demo data loaded: "
                + directory.clinics().size()
                + " clinics, "
                + directory.providers().size()
                + " providers, "
                + slotCount
                + " consultation slots in "
                + millis
                + " ms");
  }

  /** Whether this start claimed the load; a concurrent start's claim collides on the fact's key. */
  private boolean claimed() {
    try {
      return facts.claim(FACT, clinics + " clinics", clock.instant());
    } catch (EJBException claimedByAnotherStart) {
      LOG.info("Demo data was loaded by another module or cluster member");
      return false;
    }
  }

  private List<ZipCode> zipsNear(String anchor) {
    ZipCode center = em.find(ZipCode.class, anchor);
    var box = center.location().boxAround(METRO_RADIUS_MILES);
    List<ZipCode> near =
        em
            .createNamedQuery("ZipCode.within", ZipCode.class)
            .setParameter("minLat", box.minLat())
            .setParameter("maxLat", box.maxLat())
            .setParameter("minLon", box.minLon())
            .setParameter("maxLon", box.maxLon())
            .getResultList()
            .stream()
            .filter(z -> z.location().milesTo(center.location()) <= METRO_RADIUS_MILES)
            .sorted(Comparator.comparing(ZipCode::getZip))
            .toList();
    return Stream.concat(Stream.of(center), near.stream().filter(z -> z != center)).toList();
  }
}
