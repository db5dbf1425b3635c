package care.lantern.api.scheduling;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** In a test deployment only: {@code POST /test/reads-around-holds?slots=1,2,3}. */
@WebServlet("/test/reads-around-holds")
public class ReadsAroundHoldsServlet extends HttpServlet {

  @Inject private ReadsAroundHolds bean;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    List<Long> slots =
        Arrays.stream(request.getParameter("slots").split(",")).map(Long::valueOf).toList();
    int held = bean.holdEach(slots);
    response.setContentType("text/plain");
    response.getWriter().print("held " + held);
  }
}
