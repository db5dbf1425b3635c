package care.lantern.api.scheduling;

import care.lantern.api.LanternApi;
import care.lantern.platform.entity.Choice;
import care.lantern.scheduling.boundary.AppointmentBook;
import care.lantern.scheduling.entity.AppointmentMode;
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

  @Inject private AppointmentBook book;

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
  @RequestBody(ref = "Booking")
  @APIResponse(responseCode = "201", ref = "AppointmentBooked")
  @APIResponse(responseCode = "400", ref = "BookingInvalid")
  @APIResponse(responseCode = "409", ref = "SlotTaken")
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
  @APIResponse(responseCode = "200", ref = "Appointment")
  @APIResponse(responseCode = "404", ref = "AppointmentNotFound")
  public AppointmentResponse get(
      @Parameter(ref = "AppointmentReference") @PathParam("reference") String reference,
      @Parameter(ref = "ManageToken") @QueryParam("token") String token) {
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
  @APIResponse(responseCode = "200", ref = "AppointmentCancelled")
  @APIResponse(responseCode = "404", ref = "AppointmentNotFound")
  @APIResponse(responseCode = "409", ref = "AppointmentNotChangeable")
  public AppointmentResponse cancel(
      @Parameter(ref = "AppointmentReference") @PathParam("reference") String reference,
      @Parameter(ref = "ManageToken") @QueryParam("token") String token) {
    return respond(book.cancel(reference, token), token);
  }

  @POST
  @Path("{reference}/reschedule")
  @Operation(
      operationId = "rescheduleAppointment",
      summary = "Move to another free slot: the new one is taken and the old freed together",
      description =
          "Moves a booked appointment to another free slot of the same provider in one"
              + " transaction; if the new slot was just taken nothing changes.")
  @RequestBody(ref = "Reschedule")
  @APIResponse(responseCode = "200", ref = "AppointmentMoved")
  @APIResponse(responseCode = "400", ref = "RescheduleInvalid")
  @APIResponse(responseCode = "404", ref = "AppointmentNotFound")
  @APIResponse(responseCode = "409", ref = "RescheduleConflict")
  public AppointmentResponse reschedule(
      @Parameter(ref = "AppointmentReference") @PathParam("reference") String reference,
      @Parameter(ref = "ManageToken") @QueryParam("token") String token,
      RescheduleRequest request) {
    return respond(
        book.reschedule(
            reference,
            token,
            request == null ? null : request.slotId(),
            Choice.read(request == null ? null : request.mode(), AppointmentMode.class)),
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
  @APIResponse(responseCode = "200", ref = "AppointmentCalendar")
  @APIResponse(responseCode = "404", ref = "AppointmentNotFound")
  public Response calendar(
      @Parameter(ref = "AppointmentReference") @PathParam("reference") String reference,
      @Parameter(ref = "ManageToken") @QueryParam("token") String token) {
    return Response.ok(book.calendar(reference, token))
        .type("text/calendar; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"lantern-" + reference + ".ics\"")
        .build();
  }

  private AppointmentResponse respond(AppointmentView appointment, String token) {
    return AppointmentResponse.from(appointment, book.manageUrl(appointment.reference(), token));
  }
}
