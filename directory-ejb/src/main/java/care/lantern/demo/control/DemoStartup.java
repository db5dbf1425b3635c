package care.lantern.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode ({@code lantern.demo}), brings in the demo content at start-up, each part after the
 * ones it needs: the directory, then the clinic staff and the referring practice, then the
 * flagships' appointments and the practice's referrals. Each part does its work once, however many
 * modules or cluster members start. Outside a transaction: every part writes in transactions of its
 * own.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoStartup {

  @Inject
  @ConfigProperty(name = "lantern.demo", defaultValue = "false")
  private boolean demo;

  @Inject private DemoData directory;

  @Inject private DemoClinicStaff staff;

  @Inject private DemoPractice practice;

  @Inject private DemoClinicAppointments appointments;

  @Inject private DemoReferrals referrals;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    if (!demo) {
      return;
    }
    directory.loadOnce();
    staff.createOnce();
    practice.createOnce();
    appointments.createOnce();
    referrals.sendOnce();
  }
}
