package org.opencrm.crm.web.errors;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link CrmExceptionHandler} (registered in faces-config.xml). */
public class CrmExceptionHandlerFactory extends ExceptionHandlerFactory {

  public CrmExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new CrmExceptionHandler(getWrapped().getExceptionHandler());
  }
}
