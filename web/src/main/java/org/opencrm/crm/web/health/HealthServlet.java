package org.opencrm.crm.web.health;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.opencrm.crm.demo.DemoData;

/**
 * Probes answered without a tenant or a login:
 *
 * <ul>
 *   <li>{@code /health/live}: the application runs (restart the node if not);
 *   <li>{@code /health/ready}: the control schema is reachable and migrated (send traffic only if
 *       so). A single tenant that is behind or failed to migrate does not make the node unready;
 *       its users get a maintenance page instead;
 *   <li>{@code /health}: liveness plus the state of the development demo data, for the run command.
 * </ul>
 */
@WebServlet({"/health", "/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {

  @Inject DemoData demoData;

  @Resource(lookup = "java:jboss/datasources/CrmControlDS")
  DataSource control;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    String body =
        switch (req.getServletPath()) {
          case "/health/live" -> "{\"status\":\"UP\"}";
          case "/health/ready" -> ready(resp);
          default -> "{\"status\":\"UP\",\"demo\":\"" + demoData.status().name() + "\"}";
        };
    resp.getWriter().write(body);
  }

  private String ready(HttpServletResponse resp) {
    try (Connection c = control.getConnection();
        Statement s = c.createStatement()) {
      s.setQueryTimeout(5);
      s.executeQuery("SELECT COUNT(*) FROM tenant WHERE id < 0").close();
      return "{\"status\":\"UP\",\"database\":\"UP\"}";
    } catch (SQLException e) {
      resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return "{\"status\":\"DOWN\",\"database\":\"DOWN\"}";
    }
  }
}
