package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.io.Writable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.jte.HtmlJteViewsRenderer;
import io.micronaut.views.jte.JteViewsRendererConfiguration;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.ServiceTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages come from the templates compiled at build time (jte-maven-plugin), with JTE's runtime
 * compilation switched off: what the service does on a JRE, where there is no compiler.
 */
@MicronautTest(transactional = false)
class PrecompiledTemplatesTest extends ServiceTest {

  @Inject
  JteViewsRendererConfiguration jte;

  @Inject
  HtmlJteViewsRenderer<Object> renderer;

  @Inject
  Pages pages;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("micronaut.views.jte.dynamic", "false");
    return p;
  }

  @Test
  void everyPageIsRenderedFromAClassCompiledAtBuildTimeWithNoTemplateSourceAtRunTime() throws Exception {
    assertThat(jte.isDynamic()).isFalse();
    for (String template : new String[] {"layout", "wanted", "alerts", "entry", "settings", "help", "signin", "error"}) {
      assertThat(Class.forName("gg.jte.generated.precompiled.Jte" + template + "Generated")).as(template).isNotNull();
      ClassLoader loader = getClass().getClassLoader();
      assertThat(loader.getResource(template + ".jte")).as("no source of " + template).isNull();
      assertThat(loader.getResource("views/" + template + ".jte")).as("no source of " + template).isNull();
    }
    String bearer = signIn("precompiled");
    for (String path : new String[] {"/", "/alerts", "/settings", "/help"}) {
      Api.Response page = api().get(path, bearer);
      assertThat(page.status()).as(path).isEqualTo(200);
      assertThat(page.text()).as(path).startsWith("<!DOCTYPE html>").contains("<main id=\"main\"", "</html>");
    }
  }

  @Test
  void theEngineEscapesWhatThePageShowsAndLeavesOutAnAttributeWithoutValue() throws IOException {
    Page page = pages.page("wanted", "Wanted \"list\" <script>", "<script>alert(1)</script>&co");
    StringWriter out = new StringWriter();
    Writable html = renderer.render("wanted", Map.of("page", page), null);
    html.writeTo(out);
    assertThat(out.toString())
        .contains("<strong id=\"username\">&lt;script&gt;alert(1)&lt;/script&gt;&amp;co</strong>")
        .contains("<title>Wanted \"list\" &lt;script&gt; · WaxAlert</title>")
        .doesNotContain("<script>alert(1)")
        .contains("<a href=\"/\" aria-current=\"page\">Wanted list</a>", "<a href=\"/alerts\">Alerts</a>");
  }
}
