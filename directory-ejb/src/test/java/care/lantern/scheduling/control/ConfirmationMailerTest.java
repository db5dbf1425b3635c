package care.lantern.scheduling.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import care.lantern.scheduling.entity.AppointmentChanged;
import care.lantern.scheduling.entity.AppointmentChanged.Change;
import care.lantern.scheduling.entity.AppointmentMode;
import care.lantern.scheduling.entity.AppointmentView;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfirmationMailerTest {

  private static final String TOKEN = "Zq3_x-9token";
  private static final String MANAGE_URL =
      "https://lantern.test/appointments/manage.xhtml?ref=LN-7KQ4MZ&token=" + TOKEN;

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T15:00:00Z"), ZoneOffset.UTC);

  @TempDir private Path outbox;

  @Test
  void bookingIsFiledAsEmailWithSubjectManageLinkAndCalendarRequest() throws Exception {
    var booked = newYork();

    mailer(outbox).send(new AppointmentChanged(booked, TOKEN, Change.BOOKED));

    Path file = onlyFileIn(outbox);
    assertThat(file.getFileName().toString()).isEqualTo("20260301T150000000Z-LN-7KQ4MZ-booked.eml");
    MimeMessage message = read(file);
    assertThat(message.getSubject())
        .isEqualTo("Your consultation on Mon 9 Mar at 9:00 AM EDT — LN-7KQ4MZ");
    assertThat(message.getRecipients(Message.RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly(TestAppointments.PATIENT_EMAIL);
    assertThat(message.getFrom())
        .extracting(Object::toString)
        .containsExactly("Lantern <no-reply@lantern.care>");
    assertThat(text(message))
        .contains(
            "Hello Jamie,",
            "Monday 9 March 2026, 9:00 AM to 9:45 AM EDT",
            "Dana Whitfield, MD",
            "12 Main St, Springfield, NJ 07081",
            MANAGE_URL,
            "at least 24 hours before",
            "call or text 988");
    BodyPart invite = invite(message);
    assertThat(invite.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
    assertThat(invite.getFileName()).isEqualTo("invite.ics");
    assertThat(invite.getDisposition()).isEqualTo(BodyPart.ATTACHMENT);
    Calendar calendar = calendar(invite);
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
    assertThat(calendar.getComponent("VEVENT").orElseThrow().getProperty("UID").orElseThrow())
        .extracting(property -> property.getValue())
        .isEqualTo("LN-7KQ4MZ@lantern.care");
  }

  @Test
  void aClinicCancellationIsFiledWithoutAManageLinkAndWithACalendarCancel() throws Exception {
    var cancelled = TestAppointments.cancelled(newYork());

    mailer(outbox).send(AppointmentChanged.byClinic(cancelled, Change.CANCELLED_BY_CLINIC));

    MimeMessage message = read(onlyFileIn(outbox));
    assertThat(message.getSubject()).startsWith("Cancelled: your consultation on Mon 9 Mar");
    assertThat(text(message))
        .contains("The clinic has cancelled your consultation", "please contact the clinic")
        .doesNotContain("manage.xhtml", "late cancellation under");
    Calendar calendar = calendar(invite(message));
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    assertThat(
            calendar
                .getComponent("VEVENT")
                .orElseThrow()
                .getProperty("DESCRIPTION")
                .orElseThrow()
                .getValue())
        .doesNotContain("manage.xhtml");
  }

  @Test
  void attendanceIsNotEmailed() throws Exception {
    mailer(outbox).send(AppointmentChanged.byClinic(newYork(), Change.ATTENDED));

    try (var files = Files.list(outbox)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void cancellationIsFiledWithACalendarCancel() throws Exception {
    var cancelled = TestAppointments.cancelled(newYork());

    mailer(outbox).send(new AppointmentChanged(cancelled, TOKEN, Change.CANCELLED));

    Path file = onlyFileIn(outbox);
    assertThat(file.getFileName().toString()).endsWith("-LN-7KQ4MZ-cancelled.eml");
    MimeMessage message = read(file);
    assertThat(message.getSubject()).startsWith("Cancelled: your consultation on Mon 9 Mar");
    assertThat(text(message)).contains("is cancelled", "not a late cancellation");
    BodyPart invite = invite(message);
    assertThat(invite.getContentType()).contains("method=CANCEL");
    Calendar calendar = calendar(invite);
    assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
    assertThat(calendar.getComponent("VEVENT").orElseThrow().getProperty("SEQUENCE").orElseThrow())
        .extracting(property -> property.getValue())
        .isEqualTo("1");
  }

  @Test
  void telehealthInPhoenixShowsMountainStandardTimeAndNoAddress() throws Exception {
    var telehealth =
        TestAppointments.booked(
            "LN-PHX234",
            "America/Phoenix",
            LocalDateTime.parse("2026-07-15T14:30"),
            AppointmentMode.TELEHEALTH);

    MimeMessage message =
        mailer(outbox)
            .compose(
                Session.getInstance(new Properties()),
                new AppointmentChanged(telehealth, TOKEN, Change.RESCHEDULED));

    assertThat(message.getSubject())
        .isEqualTo("Moved: your consultation on Wed 15 Jul at 2:30 PM MST — LN-PHX234");
    assertThat(text(message))
        .contains(
            "Wednesday 15 July 2026, 2:30 PM to 3:15 PM MST",
            "Telehealth (video) — link sent by the clinic")
        .doesNotContain("12 Main St");
  }

  @Test
  void failureIsLoggedWithReferenceAndErrorClassButNoPatientData() throws Exception {
    Path notADirectory = Files.writeString(outbox.resolve("occupied"), "");
    List<LogRecord> records = new ArrayList<>();
    Handler capture = capturingInto(records);
    Logger log = Logger.getLogger(ConfirmationMailer.class.getName());
    log.addHandler(capture);
    try {
      mailer(notADirectory).send(new AppointmentChanged(newYork(), TOKEN, Change.BOOKED));
    } finally {
      log.removeHandler(capture);
    }

    assertThat(records)
        .singleElement()
        .satisfies(
            record -> {
              assertThat(record.getThrown()).isNull();
              assertThat(record.getMessage())
                  .contains("LN-7KQ4MZ", "FileAlreadyExistsException")
                  .doesNotContain(TestAppointments.PATIENT_EMAIL, "Jamie", TOKEN);
            });
  }

  private ConfirmationMailer mailer(Path outbox) {
    return new ConfirmationMailer(
        new CalendarFile(clock), new ManageLinks("https://lantern.test"), clock, outbox);
  }

  private static AppointmentView newYork() {
    return TestAppointments.booked(
        "LN-7KQ4MZ",
        "America/New_York",
        LocalDateTime.parse("2026-03-09T09:00"),
        AppointmentMode.IN_PERSON);
  }

  private static Path onlyFileIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .reduce(
              (first, second) -> {
                throw new AssertionError("More than one file in " + directory);
              })
          .orElseThrow(() -> new AssertionError("No file in " + directory));
    }
  }

  private static MimeMessage read(Path file) throws IOException, MessagingException {
    try (InputStream in = Files.newInputStream(file)) {
      return new MimeMessage(Session.getInstance(new Properties()), in);
    }
  }

  private static String text(MimeMessage message) throws IOException, MessagingException {
    return decoded(((Multipart) message.getContent()).getBodyPart(0));
  }

  private static BodyPart invite(MimeMessage message) throws IOException, MessagingException {
    return ((Multipart) message.getContent()).getBodyPart(1);
  }

  private static Calendar calendar(BodyPart invite)
      throws IOException, MessagingException, ParserException {
    return new CalendarBuilder().build(new StringReader(decoded(invite)));
  }

  private static String decoded(BodyPart part) throws IOException, MessagingException {
    try (InputStream in = part.getInputStream()) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  private static Handler capturingInto(List<LogRecord> records) {
    return new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
  }
}
