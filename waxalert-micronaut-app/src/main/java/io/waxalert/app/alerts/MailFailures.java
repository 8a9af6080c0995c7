package io.waxalert.app.alerts;

import jakarta.mail.AuthenticationFailedException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Why a mail could not be sent, in one line, and whether the SMTP server itself is the problem. */
final class MailFailures {

  private MailFailures() {}

  /** One line: the deepest cause's message ({@code unknown host smtp.example.org}, {@code Connection refused}). */
  static String reason(Throwable failure) {
    Throwable deepest = failure;
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      deepest = t;
      if (t instanceof UnknownHostException) {
        return "unknown host " + t.getMessage();
      }
      if (t instanceof SocketTimeoutException) {
        return "no answer in time (" + t.getMessage() + ")";
      }
      if (t instanceof AuthenticationFailedException) {
        return "the SMTP server refused the login (javamail.authentication.*)";
      }
    }
    String message = deepest.getMessage() == null || deepest.getMessage().isBlank()
        ? deepest.getClass().getSimpleName() : deepest.getMessage();
    return message.lines().findFirst().orElse(message).trim();
  }

  /** True when the server cannot be reached or refuses the service's login (an outage, not one bad mail). */
  static boolean serverProblem(Throwable failure) {
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof SocketException || t instanceof UnknownHostException
          || t instanceof SocketTimeoutException || t instanceof AuthenticationFailedException) {
        return true;
      }
    }
    return false;
  }
}
