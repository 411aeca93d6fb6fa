package org.opencrm.crm.web.product;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.opencrm.crm.platform.security.AccessDeniedException;
import org.opencrm.crm.product.ProductCsvExport;
import org.opencrm.crm.product.ProductFilter;
import org.opencrm.crm.product.VatRate;
import org.opencrm.crm.web.i18n.UserPreferences;
import org.opencrm.crm.web.list.RequestParams;

/** Downloads the filtered product list as CSV for Excel, through the permission layer. */
@WebServlet("/app/export/products.csv")
public class ProductExportServlet extends HttpServlet {

  @Inject ProductCsvExport export;
  @Inject UserPreferences preferences;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ProductFilter filter;
    try {
      filter =
          new ProductFilter(
              req.getParameter("text"),
              RequestParams.number(req, "category"),
              enumOf(VatRate.class, req.getParameter("vat")),
              amount(req.getParameter("priceFrom")),
              amount(req.getParameter("priceTo")),
              enumOf(ProductFilter.Shown.class, req.getParameter("shown")),
              RequestParams.number(req, "owner"));
    } catch (IllegalArgumentException e) {
      resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    resp.setContentType("text/csv; charset=UTF-8");
    resp.setHeader(
        "Content-Disposition", "attachment; filename=\"products-" + LocalDate.now() + ".csv\"");
    resp.setHeader("Cache-Control", "no-store");
    try {
      export.write(filter, preferences.getLocale(), resp.getOutputStream());
    } catch (AccessDeniedException e) {
      resp.reset();
      resp.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
  }

  private static BigDecimal amount(String value) {
    return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
  }
}
