package care.lantern.api.scheduling;

import care.lantern.api.LanternApi;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A provider's free consultation slots, for patients choosing a time. */
@Path("providers/{id}/slots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.BOOKING)
public class ProviderSlotsResource {

  @Inject private AppointmentBook book;

  @GET
  @Operation(
      operationId = "providerSlots",
      summary = "Free consultation slots",
      description =
          "Free slots only, sorted by start, one entry per mode a slot offers (the same id twice"
              + " when a slot is both in person and telehealth). Dates are the clinic's; from"
              + " defaults to today, to to 13 days later; at most 62 days.")
  @APIResponse(responseCode = "200", ref = "FreeSlots")
  @APIResponse(responseCode = "400", ref = "SlotsInvalid")
  @APIResponse(responseCode = "404", ref = "ProviderNotFound")
  public List<SlotResponse> slots(
      @Parameter(description = "The provider's id", example = "1042") @PathParam("id") long id,
      @Parameter(description = "First day, in the clinic's zone", example = "2026-11-23")
          @QueryParam("from")
          String from,
      @Parameter(description = "Last day, in the clinic's zone", example = "2026-12-06")
          @QueryParam("to")
          String to,
      @Parameter(description = "A treatment code from /treatments", example = "CONSULTATION")
          @QueryParam("treatment")
          String treatment,
      @Parameter(
              description = "Only slots offered in this mode",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"IN_PERSON", "TELEHEALTH"}))
          @QueryParam("mode")
          String mode) {
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
