package io.waxalert.app.account;

import io.waxalert.app.http.ApiException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * A user's mail address as the account takes it: exactly one bare address ({@code name@example.org}),
 * read by jakarta.mail's parser in strict (RFC 822) mode. No display name, no list, no comments, no
 * angle brackets or other markup, a domain with a dot, at most 254 characters (the SMTP limit).
 */
public final class MailAddress {

  public static final int MAX_LENGTH = 254;
  private static final String EXAMPLE = "must be one mail address such as name@example.org";

  private MailAddress() {}

  /**
   * @throws ApiException 400 naming {@code field} when {@code text} is not one bare address
   */
  public static String parse(String field, String text) {
    if (text.length() > MAX_LENGTH) {
      throw ApiException.badRequest(field, "must be at most " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || "<>,;:()[]\"\\".indexOf(c) >= 0) {
        throw ApiException.badRequest(field, EXAMPLE + ", without a name, a list or other characters around it");
      }
    }
    InternetAddress[] parsed;
    try {
      parsed = InternetAddress.parse(text, true);
      if (parsed.length == 1) {
        parsed[0].validate();
      }
    } catch (AddressException e) {
      throw ApiException.badRequest(field, EXAMPLE);
    }
    if (parsed.length != 1 || parsed[0].getPersonal() != null || !text.equals(parsed[0].getAddress())) {
      throw ApiException.badRequest(field, EXAMPLE);
    }
    int at = text.lastIndexOf('@');
    String domain = at < 0 ? "" : text.substring(at + 1);
    if (at <= 0 || !domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
      throw ApiException.badRequest(field, EXAMPLE);
    }
    return text;
  }
}
