package care.lantern.web;

import care.lantern.platform.entity.NotFoundException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Answers a page whose record does not exist, or is not the visitor's to see, with the plain 404
 * page: the two are indistinguishable, as the boundaries intend. Other exceptions go on to the
 * container's error pages.
 */
public class NotFoundExceptionHandler extends ExceptionHandlerWrapper {

  public NotFoundExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (isNotFound(thrown) && !faces.getExternalContext().isResponseCommitted()) {
        events.remove();
        try {
          faces
              .getExternalContext()
              .responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        } catch (IOException closed) {
          throw new UncheckedIOException(closed);
        }
        faces.responseComplete();
      }
    }
    getWrapped().handle();
  }

  private static boolean isNotFound(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotFoundException) {
        return true;
      }
    }
    return false;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new NotFoundExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
