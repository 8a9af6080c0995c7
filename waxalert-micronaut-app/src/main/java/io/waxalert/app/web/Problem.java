package io.waxalert.app.web;

import java.util.Objects;

/**
 * What an error page says: the status, a heading and what the visitor can do about it.
 *
 * @param status the HTTP status of the answer
 * @param heading the page's one heading
 * @param advice a sentence or two in the visitor's words
 */
public record Problem(int status, String heading, String advice) {

  public Problem {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(advice, "advice");
  }

  static Problem of(int status) {
    return switch (status) {
      case 404 -> ErrorPages.NOT_FOUND;
      case 401, 403 -> new Problem(status, "You cannot open this page",
          "Sign in first, or go back to your wanted list.");
      case 405 -> new Problem(status, "This address is not a page",
          "It only answers to the WaxAlert pages themselves. Go back to your wanted list.");
      default -> status >= 500
          ? new Problem(status, "Something went wrong in WaxAlert",
              "The page could not be shown. Try again in a moment; if it keeps happening, the service log has the details.")
          : new Problem(status, "This request could not be answered",
              "Go back to your wanted list and try again from there.");
    };
  }
}
