package care.lantern.api.scheduling;

import care.lantern.api.problem.MalformedParameterException;
import care.lantern.platform.entity.FieldError;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentMode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A provider's free consultation slots, for patients choosing a time. */
@Path("providers/{id}/slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProviderSlotsResource {

  @Inject private AppointmentBook book;

  @GET
  @Operation(
      summary = "Free consultation slots",
      description =
          "Free slots only, sorted by start, one entry per mode a slot offers. Dates are the"
              + " clinic's; from defaults to today, to to 13 days later; at most 62 days.")
  public List<SlotResponse> slots(
      @PathParam("id") long id,
      @Parameter(example = "2026-11-23") @QueryParam("from") String from,
      @Parameter(example = "2026-12-06") @QueryParam("to") String to,
      @Parameter(example = "CONSULTATION") @QueryParam("treatment") String treatment,
      @Parameter(example = "IN_PERSON") @QueryParam("mode") String mode) {
    return book
        .freeSlots(
            id,
            date("from", from),
            date("to", to),
            Optional.ofNullable(treatment).filter(t -> !t.isBlank()).map(String::toUpperCase),
            mode(mode))
        .stream()
        .map(SlotResponse::from)
        .toList();
  }

  private static Optional<LocalDate> date(String name, String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.trim()));
    } catch (DateTimeParseException notADate) {
      throw new MalformedParameterException(
          List.of(new FieldError(name, "Use a date like 2026-11-23.")));
    }
  }

  private static Optional<AppointmentMode> mode(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(AppointmentMode.valueOf(value.trim().toUpperCase()));
    } catch (IllegalArgumentException unknown) {
      throw new MalformedParameterException(
          List.of(new FieldError("mode", "Use IN_PERSON or TELEHEALTH.")));
    }
  }
}
