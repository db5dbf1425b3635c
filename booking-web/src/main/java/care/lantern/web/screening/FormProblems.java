package care.lantern.web.screening;

import care.lantern.platform.entity.FieldError;
import care.lantern.platform.entity.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.html.HtmlSelectOneRadio;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The problems of a submitted form, for an error summary that links to each field, and the way a
 * business component's field errors reach the inputs they are about.
 *
 * <p>An input says which business field it edits with {@code <f:attribute name="field"
 * value="zip"/>}, the name a {@link FieldError} uses; so no Java code knows the page's client ids.
 */
final class FormProblems {

  /** The component attribute naming the business field an input edits. */
  static final String FIELD_ATTRIBUTE = "field";

  /**
   * One problem: {@code anchor} is the id of the element to jump to (the field itself, or the first
   * option of a radio group), null for a problem of the whole form. A JavaBean for the pages.
   */
  public static final class FormProblem {
    private final String anchor;
    private final String text;

    FormProblem(String anchor, String text) {
      this.anchor = anchor;
      this.text = text;
    }

    public String getAnchor() {
      return anchor;
    }

    public String getText() {
      return text;
    }
  }

  private FormProblems() {}

  /** Every message of this request, fields in page order first, then the form's own. */
  static List<FormProblem> of(FacesContext context) {
    List<FormProblem> fieldProblems = new ArrayList<>();
    List<FormProblem> formProblems = new ArrayList<>();
    Iterator<String> clientIds = context.getClientIdsWithMessages();
    while (clientIds.hasNext()) {
      String clientId = clientIds.next();
      String anchor = clientId == null ? null : anchorOf(context, clientId);
      List<FormProblem> target = clientId == null ? formProblems : fieldProblems;
      context
          .getMessageList(clientId)
          .forEach(message -> target.add(new FormProblem(anchor, message.getSummary())));
    }
    fieldProblems.addAll(formProblems);
    return fieldProblems;
  }

  /**
   * Shows a business component's field errors on the inputs that edit those fields, and as form
   * messages when no input does, and marks the request as failed validation.
   */
  static void show(FacesContext context, InvalidInputException invalid) {
    for (FieldError error : invalid.errors()) {
      UIInput input = inputFor(context, error.field());
      FacesMessage message =
          new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message());
      if (input == null) {
        context.addMessage(null, message);
      } else {
        input.setValid(false);
        context.addMessage(input.getClientId(context), message);
      }
    }
    context.validationFailed();
  }

  private static UIInput inputFor(FacesContext context, String field) {
    UIInput[] found = new UIInput[1];
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(context),
            (visit, component) -> {
              if (component instanceof UIInput input
                  && field.equals(component.getAttributes().get(FIELD_ATTRIBUTE))) {
                found[0] = input;
                return VisitResult.COMPLETE;
              }
              return VisitResult.ACCEPT;
            });
    return found[0];
  }

  /** A radio group has no element of its own to focus: its first option stands for it. */
  private static String anchorOf(FacesContext context, String clientId) {
    String[] anchor = {clientId};
    context
        .getViewRoot()
        .invokeOnComponent(
            context,
            clientId,
            (callbackContext, component) -> {
              if (component instanceof HtmlSelectOneRadio) {
                anchor[0] = clientId + UINamingContainer.getSeparatorChar(context) + "0";
              }
            });
    return anchor[0];
  }
}
