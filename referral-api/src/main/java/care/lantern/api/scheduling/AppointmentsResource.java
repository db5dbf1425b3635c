package care.lantern.api.scheduling;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Patients' consultations: book a free slot, then follow, cancel, move or add to a calendar with
 * the token of the manage link. A wrong token is a 404, like an unknown reference.
 */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

  @Inject private AppointmentBook book;

  @Inject private ManageLinks links;

  @Context private UriInfo uri;

  @POST
  @Operation(summary = "Book a consultation")
  @APIResponse(responseCode = "201", description = "Booked; manageUrl carries the manage token")
  @APIResponse(responseCode = "400", description = "Missing or invalid fields, or no consent")
  @APIResponse(
      responseCode = "409",
      description = "The slot was just taken; the problem lists the next free times")
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
  @Operation(summary = "The appointment behind a manage link")
  public AppointmentResponse get(
      @PathParam("reference") String reference, @QueryParam("token") String token) {
    return respond(book.find(reference, token), token);
  }

  @POST
  @Path("{reference}/cancel")
  @Operation(summary = "Cancel; the slot is free again at once")
  public AppointmentResponse cancel(
      @PathParam("reference") String reference, @QueryParam("token") String token) {
    return respond(book.cancel(reference, token), token);
  }

  @POST
  @Path("{reference}/reschedule")
  @Operation(summary = "Move to another free slot: the new one is taken and the old freed together")
  public AppointmentResponse reschedule(
      @PathParam("reference") String reference,
      @QueryParam("token") String token,
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
  @Operation(summary = "The appointment as an RFC 5545 calendar file")
  public Response calendar(
      @PathParam("reference") String reference, @QueryParam("token") String token) {
    return Response.ok(book.calendar(reference, token))
        .type("text/calendar; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"lantern-" + reference + ".ics\"")
        .build();
  }

  private AppointmentResponse respond(AppointmentView appointment, String token) {
    return AppointmentResponse.from(appointment, links.manageUrl(appointment.reference(), token));
  }
}
