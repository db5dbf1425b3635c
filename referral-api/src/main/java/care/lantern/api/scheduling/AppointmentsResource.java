package care.lantern.api.scheduling;

import care.lantern.api.LanternApi;
import care.lantern.api.problem.Problem;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.control.ManageLinks;
import care.lantern.scheduling.entity.AppointmentView;
import care.lantern.scheduling.entity.Confirmation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Patients' consultations: book a free slot, then follow, cancel, move or add to a calendar with
 * the token of the manage link. A wrong token is a 404, like an unknown reference.
 */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.BOOKING)
public class AppointmentsResource {

  private static final String BOOKING_EXAMPLE =
      """
      {"slotId":20050,"mode":"IN_PERSON","patient":{"firstName":"Alex","lastName":"Rivera",
      "email":"alex.rivera@example.com","phone":"(555) 010-0199","dateOfBirth":"1980-04-27",
      "zip":"10001"},"payer":"AETNA",
      "reason":"Depression that has not improved with two medications","source":"SEARCH",
      "consent":true}""";

  private static final String APPOINTMENT_EXAMPLE =
      """
      {"reference":"LN-7KQ4MZ","status":"BOOKED","start":"2026-11-23T14:00:00-05:00",
      "end":"2026-11-23T14:45:00-05:00","mode":"IN_PERSON",
      "provider":{"id":1050,"name":"Dana Whitfield","credentials":"MD"},
      "clinic":{"id":100,"name":"Chelsea TMS Center","address":"350 5th Ave","city":"New York",
      "state":"NY","zip":"10118","timezone":"America/New_York"},"lateCancellation":false,
      "manageUrl":"https://lantern.example/appointments/manage.xhtml?ref=LN-7KQ4MZ&token=Z5FG1e9g0c7td4ymWyF321Vd9J445b6gFPzSN_7VCaM"}""";

  private static final String CANCELLED_EXAMPLE =
      """
      {"reference":"LN-7KQ4MZ","status":"CANCELLED","start":"2026-11-23T14:00:00-05:00",
      "end":"2026-11-23T14:45:00-05:00","mode":"IN_PERSON",
      "provider":{"id":1050,"name":"Dana Whitfield","credentials":"MD"},
      "clinic":{"id":100,"name":"Chelsea TMS Center","address":"350 5th Ave","city":"New York",
      "state":"NY","zip":"10118","timezone":"America/New_York"},"lateCancellation":false,
      "manageUrl":"https://lantern.example/appointments/manage.xhtml?ref=LN-7KQ4MZ&token=Z5FG1e9g0c7td4ymWyF321Vd9J445b6gFPzSN_7VCaM"}""";

  private static final String INVALID_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/validation","title":"Invalid request","status":400,
      "detail":"Some fields are missing or invalid.","errors":[
      {"field":"consent","message":"Please agree that the clinic may use these details to arrange your consultation."}]}""";

  private static final String SLOT_TAKEN_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/slot-taken","title":"Conflict","status":409,
      "detail":"This time was just taken. Choose one of the alternatives, or another time.",
      "alternatives":[{"id":20052,"start":"2026-11-23T16:00:00-05:00",
      "end":"2026-11-23T16:45:00-05:00","clinicId":100,"mode":"IN_PERSON",
      "timezone":"America/New_York"}]}""";

  private static final String NOT_CHANGEABLE_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/not-changeable","title":"Conflict","status":409,
      "detail":"This appointment is cancelled and can no longer be changed."}""";

  private static final String RESCHEDULE_ELSEWHERE_EXAMPLE =
      """
      {"type":"https://lantern.care/problems/validation","title":"Invalid request","status":400,
      "detail":"Some fields are missing or invalid.","errors":[
      {"field":"slotId","message":"This appointment can only move to another free consultation time with Dana Whitfield at Chelsea TMS Center. To see someone else, go to another clinic or book something else, cancel it and book again."}]}""";

  private static final String RESCHEDULE_EXAMPLE =
      """
      {"slotId":20057,"mode":"TELEHEALTH"}""";

  private static final String CALENDAR_EXAMPLE =
      """
      BEGIN:VCALENDAR
      PRODID:-//Lantern//Booking//EN
      VERSION:2.0
      METHOD:REQUEST
      BEGIN:VEVENT
      UID:LN-7KQ4MZ@lantern.care
      DTSTART;TZID=America/New_York:20261123T140000
      DTEND;TZID=America/New_York:20261123T144500
      SUMMARY:Consultation with Dana Whitfield\\, MD
      LOCATION:350 5th Ave\\, New York\\, NY 10118
      STATUS:CONFIRMED
      END:VEVENT
      END:VCALENDAR
      """;

  @Inject private AppointmentBook book;

  @Inject private ManageLinks links;

  @Context private UriInfo uri;

  @POST
  @Operation(
      operationId = "bookAppointment",
      summary = "Book a consultation",
      description =
          "Takes one free slot (from GET /providers/{id}/slots) for the patient, who must consent."
              + " One conditional update decides between patients racing for the same slot; the"
              + " loser gets a 409 listing the next free times. The patient receives a"
              + " confirmation email with a calendar file and the manage link.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentRequest.class),
              examples = @ExampleObject(name = "in person", value = BOOKING_EXAMPLE)))
  @APIResponse(
      responseCode = "201",
      description = "Booked; manageUrl carries the manage token",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentResponse.class),
              examples = @ExampleObject(name = "booked", value = APPOINTMENT_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "Missing or invalid fields, or no consent",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "no consent", value = INVALID_EXAMPLE)))
  @APIResponse(
      responseCode = "409",
      description = "The slot was just taken; the problem lists the next free times",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "slot taken", value = SLOT_TAKEN_EXAMPLE)))
  public Response book(AppointmentRequest request) {
    Confirmation confirmation =
        book.book((request == null ? AppointmentRequest.EMPTY : request).toBooking());
    AppointmentView appointment = confirmation.appointment();
    return Response.created(uri.getAbsolutePathBuilder().path(appointment.reference()).build())
        .entity(respond(appointment, confirmation.manageToken()))
        .build();
  }

  @GET
  @Path("{reference}")
  @Operation(
      operationId = "getAppointment",
      summary = "The appointment behind a manage link",
      description =
          "The appointment as it stands, for the holder of its manage link; never the patient's"
              + " own details.")
  @APIResponse(
      responseCode = "200",
      description = "The appointment",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentResponse.class),
              examples = @ExampleObject(name = "booked", value = APPOINTMENT_EXAMPLE)))
  @APIResponse(responseCode = "404", ref = LanternApi.APPOINTMENT_NOT_FOUND)
  public AppointmentResponse get(
      @Parameter(description = "The appointment's reference", example = "LN-7KQ4MZ")
          @PathParam("reference")
          String reference,
      @Parameter(description = "The token of the manage link") @QueryParam("token") String token) {
    return respond(book.find(reference, token), token);
  }

  @POST
  @Path("{reference}/cancel")
  @Operation(
      operationId = "cancelAppointment",
      summary = "Cancel; the slot is free again at once",
      description =
          "Cancels a booked appointment; lateCancellation tells whether it fell inside the"
              + " clinic's late-cancellation window.")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentResponse.class),
              examples = @ExampleObject(name = "cancelled", value = CANCELLED_EXAMPLE)))
  @APIResponse(responseCode = "404", ref = LanternApi.APPOINTMENT_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "Already cancelled, completed or missed",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "not changeable", value = NOT_CHANGEABLE_EXAMPLE)))
  public AppointmentResponse cancel(
      @Parameter(description = "The appointment's reference", example = "LN-7KQ4MZ")
          @PathParam("reference")
          String reference,
      @Parameter(description = "The token of the manage link") @QueryParam("token") String token) {
    return respond(book.cancel(reference, token), token);
  }

  @POST
  @Path("{reference}/reschedule")
  @Operation(
      operationId = "rescheduleAppointment",
      summary = "Move to another free slot: the new one is taken and the old freed together",
      description =
          "Moves a booked appointment to another free slot of the same provider at the same"
              + " clinic for the same kind of appointment (what was booked, and the payer the"
              + " clinic accepted for it, stay as they were; only the time and mode change), in"
              + " one transaction. A slot of another provider, clinic or kind is a 400 naming"
              + " slotId: seeing someone else is a new booking. If the new slot was just taken"
              + " nothing changes. Inside the clinic's late-cancellation window the move counts"
              + " as a late cancellation: lateCancellation is then true.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RescheduleRequest.class),
              examples = @ExampleObject(name = "to telehealth", value = RESCHEDULE_EXAMPLE)))
  @APIResponse(
      responseCode = "200",
      description = "Moved: the new times",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AppointmentResponse.class),
              examples = @ExampleObject(name = "moved", value = APPOINTMENT_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description =
          "No slotId, a slot that does not exist, a mode the slot does not offer, or a slot of"
              + " another provider, clinic or kind of appointment",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples =
                  @ExampleObject(name = "another provider", value = RESCHEDULE_ELSEWHERE_EXAMPLE)))
  @APIResponse(responseCode = "404", ref = LanternApi.APPOINTMENT_NOT_FOUND)
  @APIResponse(
      responseCode = "409",
      description = "The new slot was just taken, or the appointment can no longer change",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = {
                @ExampleObject(name = "slot taken", value = SLOT_TAKEN_EXAMPLE),
                @ExampleObject(name = "not changeable", value = NOT_CHANGEABLE_EXAMPLE)
              }))
  public AppointmentResponse reschedule(
      @Parameter(description = "The appointment's reference", example = "LN-7KQ4MZ")
          @PathParam("reference")
          String reference,
      @Parameter(description = "The token of the manage link") @QueryParam("token") String token,
      RescheduleRequest request) {
    return respond(
        book.reschedule(
            reference,
            token,
            request == null ? null : request.slotId(),
            request == null ? null : request.mode()),
        token);
  }

  @GET
  @Path("{reference}/calendar.ics")
  @Produces("text/calendar")
  @Operation(
      operationId = "appointmentCalendar",
      summary = "The appointment as an RFC 5545 calendar file",
      description =
          "An iCalendar file to add the consultation to a calendar, in the clinic's zone.")
  @APIResponse(
      responseCode = "200",
      description = "The calendar file (its VTIMEZONE is left out of this example)",
      content =
          @Content(
              mediaType = "text/calendar",
              examples = @ExampleObject(name = "consultation", value = CALENDAR_EXAMPLE)))
  @APIResponse(responseCode = "404", ref = LanternApi.APPOINTMENT_NOT_FOUND)
  public Response calendar(
      @Parameter(description = "The appointment's reference", example = "LN-7KQ4MZ")
          @PathParam("reference")
          String reference,
      @Parameter(description = "The token of the manage link") @QueryParam("token") String token) {
    return Response.ok(book.calendar(reference, token))
        .type("text/calendar; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"lantern-" + reference + ".ics\"")
        .build();
  }

  private AppointmentResponse respond(AppointmentView appointment, String token) {
    return AppointmentResponse.from(appointment, links.manageUrl(appointment.reference(), token));
  }
}
