package org.opencrm.crm.it.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Submits a form of a rendered page the way a browser without JavaScript would: every field with
 * its current value (text inputs, hidden fields such as the Faces view state, selected options,
 * text areas), the given changes, and the pressed button's name.
 */
public final class FacesForm {

  private final HttpBrowser browser;
  private final WebResponse page;
  private final Element form;
  private final Map<String, String> fields = new LinkedHashMap<>();

  private FacesForm(HttpBrowser browser, WebResponse page, Element form) {
    this.browser = browser;
    this.page = page;
    this.form = form;
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type").toLowerCase();
      if (type.equals("submit")
          || type.equals("button")
          || type.equals("image")
          || type.equals("file")) {
        continue;
      }
      boolean box = type.equals("checkbox") || type.equals("radio");
      if (box && !input.hasAttr("checked")) {
        continue;
      }
      // As browsers do: a checked box without a value sends "on".
      fields.put(input.attr("name"), box && !input.hasAttr("value") ? "on" : input.val());
    }
    for (Element select : form.select("select[name]")) {
      Element selected = select.selectFirst("option[selected]");
      if (selected == null) {
        selected = select.selectFirst("option");
      }
      fields.put(select.attr("name"), selected == null ? "" : selected.val());
    }
    for (Element area : form.select("textarea[name]")) {
      fields.put(area.attr("name"), area.val());
    }
    // What PrimeFaces' script adds to every submit in nonce mode: the page's nonce, which the
    // server checks against the view's.
    java.util.regex.Matcher nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
  }

  private static final java.util.regex.Pattern NONCE =
      java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  /** The same form without the page's CSP nonce, as a forged or scripted submit would be. */
  public FacesForm withoutNonce() {
    fields.remove("primefaces.nonce");
    return this;
  }

  /** The form with this id in the page. */
  public static FacesForm of(HttpBrowser browser, WebResponse page, String formId) {
    Document doc = Jsoup.parse(page.body(), page.uri().toString());
    Element form = doc.getElementById(formId);
    if (form == null || !form.tagName().equals("form")) {
      throw new AssertionError("no form '" + formId + "' in " + page);
    }
    return new FacesForm(browser, page, form);
  }

  /** Sets a field by its full name (for example {@code form:lastName}). */
  public FacesForm set(String name, String value) {
    fields.put(name, value);
    return this;
  }

  /** The current value of a field. */
  public String get(String name) {
    return fields.get(name);
  }

  /**
   * Presses the button with the form sent as {@code multipart/form-data}, with one file attached
   * under the given field name, as a browser sends a form with a file input.
   */
  public WebResponse pressWithFile(
      String buttonName, String fileField, String fileName, byte[] content) {
    String boundary = "----crm-test-" + System.nanoTime();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    Map<String, String> body = new LinkedHashMap<>(fields);
    body.put(buttonName, "");
    try {
      for (Map.Entry<String, String> f : body.entrySet()) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + f.getKey()
                    + "\"\r\n\r\n"
                    + f.getValue()
                    + "\r\n")
                .getBytes(utf8));
      }
      out.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileField
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/zip\r\n\r\n")
              .getBytes(utf8));
      out.write(content);
      out.write(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return browser.send(
        "POST",
        page.uri().resolve(form.attr("action")),
        "multipart/form-data; boundary=" + boundary,
        java.net.http.HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
  }

  /**
   * Sends an ajax request of a component as PrimeFaces' script does (the form's fields, the
   * component as source and as what is executed and rendered, and extra parameters such as an
   * autocomplete's query). The answer is a Faces partial response.
   */
  public WebResponse ajax(String source, Map<String, String> extra) {
    Map<String, String> body = new LinkedHashMap<>(fields);
    body.put("jakarta.faces.partial.ajax", "true");
    body.put("jakarta.faces.source", source);
    body.put("jakarta.faces.partial.execute", source);
    body.put("jakarta.faces.partial.render", source);
    // As the script does: a command names itself, which is what makes it fire.
    body.put(source, source);
    body.putAll(extra);
    return browser.postForm(page.uri().resolve(form.attr("action")), body);
  }

  /** Presses the button with this name (its client id) and returns the answer. */
  public WebResponse press(String buttonName) {
    Map<String, String> body = new LinkedHashMap<>(fields);
    body.put(buttonName, "");
    return browser.postForm(page.uri().resolve(form.attr("action")), body);
  }
}
