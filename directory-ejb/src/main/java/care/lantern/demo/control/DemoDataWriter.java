package care.lantern.demo.control;

import care.lantern.demo.control.DemoDirectory.Directory;
import care.lantern.demo.control.DemoDirectory.Hours;
import care.lantern.scheduling.control.NextFreeSlots;
import care.lantern.scheduling.control.SlotPublisher;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.Slot;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.Session;

/**
 * Writes the demo directory in several short transactions, so that even the benchmark's 50,000
 * providers and their millions of slots stay within the transaction timeout. Slots go to the
 * database as plain JDBC batches: through JPA they took most of the load time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoDataWriter {

  @PersistenceContext private EntityManager em;

  private static final String INSERT_SLOT =
      "INSERT INTO slot (id, provider_id, clinic_id, appointment_type, start_at, end_at,"
          + " in_person, telehealth, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')";

  @Inject private SlotPublisher slots;

  @Inject private NextFreeSlots nextFree;

  @Resource(lookup = "jdbc/lantern")
  private DataSource dataSource;

  public void writeDirectory(Directory directory) {
    directory.clinics().forEach(em::persist);
    directory.providers().forEach(em::persist);
    directory.hours().forEach(hours -> hours.rows().forEach(em::persist));
  }

  /** Publishes the slots of {@code batch}; returns how many. */
  public int writeSlots(List<Hours> batch, Instant now) {
    // Ids from EclipseLink's own sequencing, so slots persisted later through JPA never collide.
    Session session = em.unwrap(Session.class);
    int published = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT_SLOT)) {
      for (Hours hours : batch) {
        for (Slot slot :
            slots.slotsFor(hours.provider(), hours.clinic(), hours.rules(), List.of(), now)) {
          insert.setLong(1, session.getNextSequenceNumberValue(Slot.class).longValue());
          insert.setLong(2, hours.provider().getId());
          insert.setLong(3, hours.clinic().getId());
          insert.setString(4, slot.getAppointmentType().name());
          insert.setObject(5, slot.start().atOffset(ZoneOffset.UTC));
          insert.setObject(6, slot.end().atOffset(ZoneOffset.UTC));
          insert.setBoolean(7, slot.offers(AppointmentMode.IN_PERSON));
          insert.setBoolean(8, slot.offers(AppointmentMode.TELEHEALTH));
          insert.addBatch();
          published++;
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("Could not write the demo slots", e);
    }
    return published;
  }

  /** Points every calendar at its next free slot, once all slots are written. */
  public void pointNextFree(Instant now) {
    nextFree.addMissing(now);
  }
}
