package org.opencrm.crm.it.support;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer received by {@link HttpBrowser}.
 *
 * @param status the HTTP status code
 * @param uri the address as the browser saw it (after redirects; host names kept, not 127.0.0.1)
 * @param headers the response headers
 * @param body the body as text
 */
public record WebResponse(int status, URI uri, HttpHeaders headers, String body) {

  /** The first value of a header. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** True for 301, 302, 303, 307 and 308. */
  public boolean isRedirect() {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** The path of {@link #uri()}, handy in assertions about where a redirect ended. */
  public String path() {
    return uri.getPath();
  }

  /**
   * The {@code value} of the first {@code <input>} with this {@code name} in the page, for example
   * the Faces view state {@code jakarta.faces.ViewState} that a form post must send back. A simple
   * pattern match, good enough for pages the application renders; attribute values are returned as
   * written (HTML entities not decoded).
   */
  public Optional<String> inputValue(String name) {
    Matcher tag = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE).matcher(body);
    Pattern nameAttr =
        Pattern.compile(
            "\\bname\\s*=\\s*[\"']" + Pattern.quote(name) + "[\"']", Pattern.CASE_INSENSITIVE);
    Pattern valueAttr =
        Pattern.compile(
            "\\bvalue\\s*=\\s*([\"'])(.*?)\\1", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    while (tag.find()) {
      String input = tag.group();
      if (nameAttr.matcher(input).find()) {
        Matcher value = valueAttr.matcher(input);
        return Optional.of(value.find() ? value.group(2) : "");
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    String shortBody = body.length() > 500 ? body.substring(0, 500) + "..." : body;
    return status + " " + uri + System.lineSeparator() + shortBody;
  }
}
