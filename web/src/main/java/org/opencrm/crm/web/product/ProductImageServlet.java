package org.opencrm.crm.web.product;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import org.opencrm.crm.product.ProductImage;
import org.opencrm.crm.product.ProductRepository;
import org.opencrm.crm.product.ProductService;
import org.opencrm.crm.web.list.RecordIds;

/**
 * Serves a product's image, found only through a product the user may see: an image of another
 * company, of a record out of the user's reach, in the trash or that does not exist is the same
 * 404. The type sent is the one told by the file's bytes when it was uploaded.
 */
@WebServlet(ProductImageServlet.PATH + "*")
public class ProductImageServlet extends HttpServlet {

  /** Images are at this path followed by the image's id. */
  public static final String PATH = "/app/product-image/";

  @Inject ProductRepository products;
  @Inject ProductService service;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String info = req.getPathInfo();
    Long imageId = RecordIds.parse(info == null ? null : info.replaceFirst("^/", ""));
    Optional<ProductImage> image = products.findImage(imageId);
    if (image.isEmpty()) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ProductImage i = image.get();
    InputStream in;
    try {
      in = service.read(i);
    } catch (NoSuchFileException e) {
      resp.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try (in) {
      resp.setContentType(i.getContentType());
      resp.setContentLengthLong(i.getSizeBytes());
      resp.setHeader("Cache-Control", "private, max-age=3600");
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Content-Disposition", "inline");
      OutputStream out = resp.getOutputStream();
      in.transferTo(out);
    }
  }
}
