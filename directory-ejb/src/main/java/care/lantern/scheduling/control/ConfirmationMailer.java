package care.lantern.scheduling.control;

import care.lantern.scheduling.entity.AppointmentChanged;
import care.lantern.scheduling.entity.AppointmentChanged.Change;
import care.lantern.scheduling.entity.AppointmentStatus;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.screening.control.CrisisResources;
import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Emails the patient when their appointment is booked, moved or cancelled, with the calendar file
 * attached. Runs only after the booking transaction committed, and nothing it does can undo the
 * booking. Without {@code lantern.smtp.host} (the embedded default) each message is written as an
 * {@code .eml} file to {@code lantern.outbox.dir} for a developer to open, instead of being sent.
 */
@ApplicationScoped
public class ConfirmationMailer {

  static final String DEFAULT_FROM = "Lantern <no-reply@lantern.care>";

  private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class.getName());
  private static final int SMTP_TIMEOUT_MILLIS = 10_000;
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
  private static final DateTimeFormatter SUBJECT_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM 'at' h:mm a zzz", Locale.US);
  private static final DateTimeFormatter BODY_START =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, h:mm a", Locale.US);
  private static final DateTimeFormatter BODY_END =
      DateTimeFormatter.ofPattern("h:mm a zzz", Locale.US);
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  @Inject private CalendarFile calendar;

  @Inject private ManageLinks links;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "lantern.mail.from", defaultValue = DEFAULT_FROM)
  private String from;

  @Inject
  @ConfigProperty(name = "lantern.smtp.host")
  private Optional<String> smtpHost;

  @Inject
  @ConfigProperty(name = "lantern.smtp.port", defaultValue = "587")
  private int smtpPort;

  @Inject
  @ConfigProperty(name = "lantern.smtp.user")
  private Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "lantern.smtp.password")
  private Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "lantern.smtp.starttls", defaultValue = "true")
  private boolean starttls;

  /** Default {@code ${java.io.tmpdir}/lantern-outbox}, resolved here rather than by the config. */
  @Inject
  @ConfigProperty(name = "lantern.outbox.dir")
  private Optional<String> outboxDir;

  private Session session;

  public ConfirmationMailer() {}

  /** A mailer that writes every message to {@code outbox}, as the embedded default does. */
  ConfirmationMailer(CalendarFile calendar, ManageLinks links, Clock clock, Path outbox) {
    this.calendar = calendar;
    this.links = links;
    this.clock = clock;
    this.from = DEFAULT_FROM;
    this.smtpHost = Optional.empty();
    this.outboxDir = Optional.of(outbox.toString());
  }

  /**
   * Sends (or files) the email for one change. Every failure stops here: an exception escaping a
   * transactional observer would be logged by the container with its message, and mail errors quote
   * recipient addresses. So only the reference and the exception class are logged.
   */
  void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppointmentChanged changed) {
    if (!changed.change().tellsPatient()) {
      return;
    }
    String reference = changed.appointment().reference();
    try {
      MimeMessage message = compose(session(), changed);
      if (smtpHost.isPresent()) {
        transmit(message);
        LOG.info(() -> "Confirmation email sent: reference=" + reference);
      } else {
        Path file = file(message, changed);
        LOG.info(() -> "Confirmation email filed: reference=" + reference + " file=" + file);
      }
    } catch (MessagingException | IOException | RuntimeException e) {
      LOG.warning(
          () ->
              "Confirmation email not sent: reference="
                  + reference
                  + " change="
                  + changed.change()
                  + " error="
                  + e.getClass().getName());
    }
  }

  /** The whole message: a plain-text body and the calendar file as {@code invite.ics}. */
  MimeMessage compose(Session session, AppointmentChanged changed) throws MessagingException {
    AppointmentView appointment = changed.appointment();
    Optional<String> manageUrl =
        changed.patientToken().map(token -> links.manageUrl(appointment.reference(), token));
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from, true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(appointment.patientEmail()));
    message.setSubject(subject(changed), StandardCharsets.UTF_8.name());
    message.setSentDate(Date.from(clock.instant()));

    MimeBodyPart text = new MimeBodyPart();
    text.setText(body(changed, manageUrl), StandardCharsets.UTF_8.name());
    MimeBodyPart invite = new MimeBodyPart();
    invite.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                calendar.render(appointment, manageUrl).getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=" + CalendarFile.method(appointment))));
    invite.setFileName("invite.ics");
    invite.setDisposition(Part.ATTACHMENT);
    message.setContent(new MimeMultipart(text, invite));
    return message;
  }

  static String subject(AppointmentChanged changed) {
    AppointmentView appointment = changed.appointment();
    String when = SUBJECT_TIME.format(appointment.localStart());
    String yours = "your " + appointment.type().noun();
    String prefix =
        switch (changed.change()) {
          case BOOKED -> "Y" + yours.substring(1);
          case RESCHEDULED -> "Moved: " + yours;
          case CANCELLED, CANCELLED_BY_CLINIC -> "Cancelled: " + yours;
          case ATTENDED, NO_SHOW -> throw noEmail(changed);
        };
    return prefix + " on " + when + " — " + appointment.reference();
  }

  static String body(AppointmentChanged changed, Optional<String> manageUrl) {
    AppointmentView appointment = changed.appointment();
    String name = appointment.patientFirstName();
    String yours = "Your " + appointment.type().noun();
    return String.join(
        "\n",
        name == null || name.isBlank() ? "Hello," : "Hello " + name + ",",
        "",
        switch (changed.change()) {
          case BOOKED -> yours + " is booked.";
          case RESCHEDULED -> yours + " has moved to a new time.";
          case CANCELLED -> yours + " is cancelled.";
          case CANCELLED_BY_CLINIC ->
              "The clinic has cancelled your "
                  + appointment.type().noun()
                  + ". Please contact them to arrange another time.";
          case ATTENDED, NO_SHOW -> throw noEmail(changed);
        },
        "",
        "When:      "
            + BODY_START.format(appointment.localStart())
            + " to "
            + BODY_END.format(appointment.localEnd())
            + " (the clinic's local time)",
        "With:      " + CalendarFile.provider(appointment),
        "Clinic:    " + appointment.clinic().name(),
        "Where:     " + CalendarFile.location(appointment),
        "Reference: " + appointment.reference(),
        "",
        manageUrl
            .map(url -> "View, move or cancel: " + url)
            .orElse("To move or cancel it, please contact the clinic."),
        lateCancellationNote(changed),
        "",
        appointment.status() == AppointmentStatus.CANCELLED
            ? "The attached invite.ics removes the appointment from your calendar."
            : "The attached invite.ics adds the appointment to your calendar.",
        "",
        manageUrl.isPresent()
            ? "Privacy: this email holds no health information. Anyone with the link above can"
                + " change your booking, so please do not forward it."
            : "Privacy: this email holds no health information.",
        "",
        CrisisResources.IN_ONE_SENTENCE,
        "",
        "Lantern",
        "");
  }

  private static IllegalArgumentException noEmail(AppointmentChanged changed) {
    return new IllegalArgumentException("The patient is not emailed about " + changed.change());
  }

  private static String lateCancellationNote(AppointmentChanged changed) {
    AppointmentView appointment = changed.appointment();
    int hours = appointment.lateCancellationHours();
    if (changed.change() == Change.CANCELLED_BY_CLINIC) {
      return "The clinic cancelled: no late-cancellation fee applies.";
    }
    if (changed.change() == Change.CANCELLED) {
      return appointment.lateCancellation()
          ? "This cancellation came less than "
              + hours
              + " hours before the start, so the clinic's late-cancellation policy may apply."
          : "You cancelled more than " + hours + " hours ahead: this is not a late cancellation.";
    }
    return appointment.inLateCancellationWindow()
        ? "It starts within "
            + hours
            + " hours, so cancelling or moving it now counts as a late cancellation under the"
            + " clinic's policy."
        : "Please cancel or move it at least "
            + hours
            + " hours before it starts: later changes count as late cancellations under the"
            + " clinic's policy.";
  }

  /**
   * The mail session, made on first use: making one scans every jar of the application for mail
   * providers and address maps: 8 % of the server's time under a booking load (docs/benchmarks.md).
   */
  private synchronized Session session() {
    if (session == null) {
      // Without this property Jakarta Mail 2.1 finds its stream provider with a ServiceLoader scan
      // of every jar of the application for each body part it writes: 5 to 8 of 32 request threads
      // were in that scan under a booking load. Angus Mail's is the implementation Payara ships.
      System.getProperties()
          .putIfAbsent(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
      session = Session.getInstance(sessionProperties());
    }
    return session;
  }

  private Properties sessionProperties() {
    Properties properties = new Properties();
    // The Message-ID is made from this address; without it Jakarta Mail looks up the host name.
    properties.put("mail.from", from);
    smtpHost.ifPresent(
        host -> {
          properties.put("mail.smtp.host", host);
          properties.put("mail.smtp.port", String.valueOf(smtpPort));
          properties.put("mail.smtp.auth", String.valueOf(smtpUser.isPresent()));
          // With STARTTLS on, never fall back to sending patient email in clear text.
          properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
          properties.put("mail.smtp.starttls.required", String.valueOf(starttls));
          properties.put("mail.smtp.connectiontimeout", String.valueOf(SMTP_TIMEOUT_MILLIS));
          properties.put("mail.smtp.timeout", String.valueOf(SMTP_TIMEOUT_MILLIS));
          properties.put("mail.smtp.writetimeout", String.valueOf(SMTP_TIMEOUT_MILLIS));
        });
    return properties;
  }

  private void transmit(MimeMessage message) throws MessagingException {
    if (smtpUser.isPresent()) {
      Transport.send(message, smtpUser.get(), smtpPassword.orElse(""));
    } else {
      Transport.send(message);
    }
  }

  /** Writes {@code <timestamp>-<reference>-<change>.eml}, readable by its owner only. */
  private Path file(MimeMessage message, AppointmentChanged changed)
      throws IOException, MessagingException {
    Path outbox =
        Path.of(
            outboxDir.orElseGet(
                () -> Path.of(System.getProperty("java.io.tmpdir"), "lantern-outbox").toString()));
    Files.createDirectories(outbox);
    Path file =
        outbox.resolve(
            FILE_TIME.format(clock.instant())
                + "-"
                + changed.appointment().reference()
                + "-"
                + changed.change().name().toLowerCase(Locale.ROOT)
                + ".eml");
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      message.writeTo(out);
    }
    return file;
  }
}
