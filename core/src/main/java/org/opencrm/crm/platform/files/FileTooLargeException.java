package org.opencrm.crm.platform.files;

/** A file over the size allowed; nothing of it was kept. */
public class FileTooLargeException extends RuntimeException {

  private final long maxBytes;

  public FileTooLargeException(long maxBytes) {
    super("File larger than " + maxBytes + " bytes");
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }
}
