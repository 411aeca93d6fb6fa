package org.opencrm.crm.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.opencrm.crm.platform.i18n.Messages;

/**
 * A calendar date typed as {@code 31.12.1980} (one-digit day and month allowed), read strictly: an
 * impossible date such as 31.02 is refused with a message, never moved to another day.
 */
@FacesConverter("day")
public class DayConverter implements Converter<LocalDate> {

  private static final DateTimeFormatter READ =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip().replace('/', '.').replace('-', '.'), READ);
    } catch (DateTimeParseException e) {
      String text = Messages.get(context.getViewRoot().getLocale(), "field.date.invalid");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : WRITE.format(value);
  }
}
