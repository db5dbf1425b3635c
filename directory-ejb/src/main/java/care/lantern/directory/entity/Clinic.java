package care.lantern.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A place where patients are seen. It offers treatments, accepts payers per treatment, and for
 * Spravato must hold a valid REMS certification: without one it is never listed for SPRAVATO.
 */
@Entity
@NamedQuery(name = "Clinic.byIds", query = "SELECT c FROM Clinic c WHERE c.id IN :ids")
public class Clinic {

  public static final String SPRAVATO = "SPRAVATO";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "clinic_seq")
  @SequenceGenerator(name = "clinic_seq", sequenceName = "clinic_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String street;

  @Column(nullable = false)
  private String city;

  @Column(nullable = false)
  private String state;

  @Column(nullable = false)
  private String zip;

  @Column(nullable = false)
  private double latitude;

  @Column(nullable = false)
  private double longitude;

  @Column(nullable = false)
  private String phone;

  private String website;

  @Column(nullable = false)
  private String timezone;

  @Column(nullable = false)
  private boolean telehealth;

  @Column(name = "rems_certification_id")
  private String remsCertificationId;

  @Column(name = "rems_expires_on")
  private LocalDate remsExpiresOn;

  @Column(name = "tms_device")
  private String tmsDevice;

  /**
   * A patient who cancels or moves an appointment less than this many hours before it starts
   * cancels late, and the clinic may apply its late-cancellation policy.
   */
  @Column(name = "late_cancellation_hours", nullable = false)
  private int lateCancellationHours = 24;

  /** Kept free before each consultation (preparation); see the scheduling BookingPolicy. */
  @Column(name = "buffer_before_minutes", nullable = false)
  private int bufferBeforeMinutes;

  /** Kept free after each consultation (notes, room turnover). */
  @Column(name = "buffer_after_minutes", nullable = false)
  private int bufferAfterMinutes;

  /** Patients cannot book a consultation that starts sooner than this. */
  @Column(name = "minimum_notice_minutes", nullable = false)
  private int minimumNoticeMinutes = 120;

  /** Chairs where Spravato and ketamine patients are observed; shared by both treatments. */
  @Column(name = "monitoring_chairs", nullable = false)
  private int monitoringChairs;

  @ElementCollection
  @CollectionTable(name = "clinic_language", joinColumns = @JoinColumn(name = "clinic_id"))
  @Column(name = "language")
  @BatchFetch(BatchFetchType.IN)
  private Set<String> languages = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "clinic_treatment", joinColumns = @JoinColumn(name = "clinic_id"))
  @Column(name = "treatment_code")
  @BatchFetch(BatchFetchType.IN)
  private Set<String> treatments = new TreeSet<>();

  @ElementCollection
  @CollectionTable(name = "clinic_payer", joinColumns = @JoinColumn(name = "clinic_id"))
  @BatchFetch(BatchFetchType.IN)
  private Set<PayerAcceptance> payers = new java.util.HashSet<>();

  protected Clinic() {}

  public Clinic(
      String name,
      String street,
      ZipCode zip,
      GeoPoint location,
      String phone,
      boolean telehealth,
      Collection<String> languages) {
    this.name = Objects.requireNonNull(name);
    this.street = Objects.requireNonNull(street);
    this.city = zip.getCity();
    this.state = zip.getState();
    this.zip = zip.getZip();
    this.timezone = zip.getTimeZone().getId();
    this.latitude = location.latitude();
    this.longitude = location.longitude();
    this.phone = Objects.requireNonNull(phone);
    this.telehealth = telehealth;
    this.languages.addAll(languages);
  }

  /** Offers {@code treatment}, accepting each of {@code payerCodes} for it. */
  public void offer(String treatment, Collection<String> payerCodes) {
    treatments.add(treatment);
    payerCodes.forEach(payer -> payers.add(new PayerAcceptance(treatment, payer)));
  }

  /** Records the REMS certification that lets this clinic administer Spravato until it expires. */
  public void certifyForSpravato(String certificationId, LocalDate expiresOn) {
    this.remsCertificationId = Objects.requireNonNull(certificationId);
    this.remsExpiresOn = Objects.requireNonNull(expiresOn);
  }

  public boolean remsValidOn(LocalDate day) {
    return remsExpiresOn != null && !remsExpiresOn.isBefore(day);
  }

  /** Spravato counts only while the REMS certification is valid; other treatments as offered. */
  public boolean offers(String treatment, LocalDate day) {
    return treatments.contains(treatment) && (!SPRAVATO.equals(treatment) || remsValidOn(day));
  }

  /** The treatments a patient can be booked for on {@code day}. */
  public List<String> treatmentsOfferedOn(LocalDate day) {
    return treatments.stream().filter(t -> offers(t, day)).sorted().toList();
  }

  /** Payers accepted for {@code treatment}, or for any treatment when it is null. */
  public List<String> payersFor(String treatment) {
    return payers.stream()
        .filter(p -> treatment == null || p.treatmentCode().equals(treatment))
        .map(PayerAcceptance::payerCode)
        .distinct()
        .sorted()
        .toList();
  }

  public void equipMonitoringChairs(int chairs) {
    if (chairs < 0) {
      throw new IllegalArgumentException("A clinic cannot have fewer than no chairs: " + chairs);
    }
    this.monitoringChairs = chairs;
  }

  public void describeTms(String device) {
    this.tmsDevice = device;
  }

  /**
   * Sets the clinic's booking rules; buffers and notice are counted in whole minutes. They apply to
   * slots published, shown and booked from now on; appointments already booked stay.
   */
  public void changeBookingRules(
      int lateCancellationHours, Duration bufferBefore, Duration bufferAfter, Duration notice) {
    if (lateCancellationHours < 0) {
      throw new IllegalArgumentException(
          "The late-cancellation window cannot be negative: " + lateCancellationHours);
    }
    this.lateCancellationHours = lateCancellationHours;
    this.bufferBeforeMinutes = minutes(bufferBefore, "bufferBefore");
    this.bufferAfterMinutes = minutes(bufferAfter, "bufferAfter");
    this.minimumNoticeMinutes = minutes(notice, "minimumNotice");
  }

  private static int minutes(Duration duration, String name) {
    if (duration.isNegative() || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
      throw new IllegalArgumentException(
          name + " must be whole minutes, not negative: " + duration);
    }
    return Math.toIntExact(duration.toMinutes());
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }

  public String getState() {
    return state;
  }

  public String getZip() {
    return zip;
  }

  public GeoPoint location() {
    return new GeoPoint(latitude, longitude);
  }

  public String getPhone() {
    return phone;
  }

  public String getWebsite() {
    return website;
  }

  public ZoneId zone() {
    return ZoneId.of(timezone);
  }

  public boolean isTelehealth() {
    return telehealth;
  }

  public String getTmsDevice() {
    return tmsDevice;
  }

  public int getMonitoringChairs() {
    return monitoringChairs;
  }

  public int getLateCancellationHours() {
    return lateCancellationHours;
  }

  public Duration bufferBefore() {
    return Duration.ofMinutes(bufferBeforeMinutes);
  }

  public Duration bufferAfter() {
    return Duration.ofMinutes(bufferAfterMinutes);
  }

  public Duration minimumNotice() {
    return Duration.ofMinutes(minimumNoticeMinutes);
  }

  public List<String> languages() {
    return List.copyOf(languages);
  }
}
