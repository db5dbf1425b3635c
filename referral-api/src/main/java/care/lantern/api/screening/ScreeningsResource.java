package care.lantern.api.screening;

import care.lantern.api.LanternApi;
import care.lantern.api.problem.Problem;
import care.lantern.referral.boundary.ScreeningFollowUp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Free, anonymous screenings. A result is computed, not stored: the answers are kept in memory for
 * two hours under the result's {@code id}, so that a booking made with {@code screeningId} can
 * share them with the clinic, and are otherwise never written anywhere. So the answer is 200, not
 * 201.
 */
@Path("screenings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = LanternApi.SCREENINGS)
public class ScreeningsResource {

  static final String PHQ9_URGENT_REQUEST =
      """
      {"instrument": "PHQ9", "answers": [2, 2, 1, 2, 1, 1, 1, 0, 1], "zip": "10001",
       "payer": "AETNA", "priorAntidepressantTrials": 2, "prefersNonMedication": false}""";

  static final String PTSD_NO_EXPOSURE_REQUEST =
      """
      {"instrument": "PCPTSD5", "traumaExposure": false, "answers": []}""";

  static final String PHQ9_URGENT_RESULT =
      """
      {"id": "9b2f5c3e-4d1a-4a8b-b6e2-1f0c7d9a3e55", "instrument": "PHQ9",
       "instrumentVersion": "PHQ-9 (Kroenke 2001)", "score": 11, "maxScore": 27,
       "severity": "MODERATE", "positive": true, "urgent": true,
       "crisisResources": [
         {"name": "988 Suicide & Crisis Lifeline",
          "action": "Call or text 988, or chat online, any time, day or night",
          "contact": "988", "call": true, "text": true, "url": "https://988lifeline.org"},
         {"name": "Emergency services",
          "action": "Call 911 if you or someone else is in immediate danger", "contact": "911",
          "call": true, "text": false}],
       "recommendations": [
         {"treatment": "CONSULTATION",
          "reason": "Please talk with a clinician soon: we suggest the earliest available visit.",
          "providers": [
            {"id": 1051, "name": "Dr. Maya Chen", "credentials": "MD",
             "clinic": {"id": 101, "name": "Chelsea Mind Clinic", "address": "201 W 23rd St",
                        "city": "New York", "state": "NY", "zip": "10011",
                        "timezone": "America/New_York"},
             "distanceMiles": 0.8, "treatments": ["CONSULTATION", "TMS"],
             "payers": ["AETNA", "MEDICARE", "SELF_PAY"], "languages": ["en", "es"],
             "telehealth": true, "acceptingNewPatients": true,
             "nextAvailable": "2026-11-24T09:00:00-05:00"}]},
         {"treatment": "TMS", "reason": "TMS is often considered at this point.",
          "providers": []}],
       "notes": ["You told us you have had thoughts that you would be better off dead...",
                 "A screening is not a diagnosis."],
       "disclaimer": "This is a screening, not a diagnosis."}""";

  static final String INVALID_ANSWERS_PROBLEM =
      """
      {"type": "https://lantern.care/problems/validation", "title": "Invalid request",
       "status": 400, "detail": "Some fields are missing or invalid.",
       "errors": [
         {"field": "answers", "message": "The PHQ-9 has 9 questions, but 8 answers were sent."},
         {"field": "answers[1]", "message": "Question 2 takes a number from 0 to 3, but 4 was sent."}]}""";

  @Inject private ScreeningFollowUp followUp;

  @POST
  @Operation(
      summary = "Take a screening",
      description =
          "Scores the answers with the instrument's published bands and cut point, flags a risk"
              + " of self-harm (PHQ-9 item 9 above 0) as urgent with crisis resources first, and"
              + " suggests visits, each with up to three providers near `zip` who offer it, accept"
              + " `payer` and take new patients, earliest free consultation first (within 25"
              + " miles, else 100; urgent results also list telehealth providers within 100"
              + " miles). PC-PTSD-5 is positive from 3 (Prins 2016); 4 is the more specific cut"
              + " point, which the notes say.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = NewScreeningRequest.class),
              examples = {
                @ExampleObject(
                    name = "phq9",
                    summary = "PHQ-9 with a positive item 9, after two antidepressants",
                    value = PHQ9_URGENT_REQUEST),
                @ExampleObject(
                    name = "pcptsd5-no-exposure",
                    summary = "PC-PTSD-5 after a \"no\" to the trauma question",
                    value = PTSD_NO_EXPOSURE_REQUEST)
              }))
  @APIResponse(
      responseCode = "200",
      description = "The result; urgent results list crisis resources first.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ScreeningResponse.class),
              examples = @ExampleObject(name = "urgent", value = PHQ9_URGENT_RESULT)))
  @APIResponse(
      responseCode = "400",
      description =
          "Malformed JSON, an unknown instrument, a wrong number of answers, an answer out of"
              + " range, or an unusable zip, payer or priorAntidepressantTrials; `errors` names"
              + " each field, e.g. `answers` or `answers[8]`.",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              schema = @Schema(implementation = Problem.class),
              examples = @ExampleObject(name = "invalid", value = INVALID_ANSWERS_PROBLEM)))
  public ScreeningResponse take(NewScreeningRequest request) {
    NewScreeningRequest sent = Objects.requireNonNullElse(request, NewScreeningRequest.EMPTY);
    return ScreeningResponse.from(followUp.take(sent.toScreening()));
  }
}
