package org.opencrm.crm.web.health;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencrm.crm.demo.DemoData;

/**
 * Liveness probe for load balancers, the run command and the test suite; also tells whether the
 * development demo data is ready.
 */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

  @Inject DemoData demoData;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getWriter().write("{\"status\":\"UP\",\"demo\":\"" + demoData.status().name() + "\"}");
  }
}
