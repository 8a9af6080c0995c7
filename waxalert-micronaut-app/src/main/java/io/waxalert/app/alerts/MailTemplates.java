package io.waxalert.app.alerts;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * The mail templates under {@code src/main/jte/mail}, precompiled with the pages by
 * jte-maven-plugin: HTML parts with the engine's escaping, plain-text parts rendered through an
 * output that writes values as they are (Micronaut Views' plain JTE renderer does the same).
 */
public final class MailTemplates {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** {@code template} (e.g. {@code mail/alert.jte}) as HTML, everything from users and Discogs escaped. */
  public String html(String template, Object model) {
    StringOutput out = new StringOutput();
    engine.render(template, model, out);
    return out.toString();
  }

  /** {@code template} as plain text: no markup, nothing escaped. */
  public String text(String template, Object model) {
    StringOutput out = new StringOutput();
    engine.render(template, model, new PlainText(out));
    return out.toString();
  }

  /** The template's output as written: an HTML output (so the engine does not wrap it) without escaping. */
  private record PlainText(StringOutput out) implements HtmlTemplateOutput {
    @Override
    public void setContext(String tagName, String attributeName) {
      // plain text has no tags or attributes to escape for
    }

    @Override
    public void writeContent(String value) {
      out.writeContent(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      out.writeContent(value, beginIndex, endIndex);
    }
  }
}
