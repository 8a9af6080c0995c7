package io.waxalert.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LogFormatTest {

  @Test
  void textUnlessSaidOtherwise() {
    assertThat(LogFormat.configured(new Properties(), Map.of())).isEqualTo(LogFormat.TEXT);
  }

  @Test
  void theEnvironmentVariableSwitchesToJson() {
    assertThat(LogFormat.configured(new Properties(), Map.of("WAXALERT_LOG_FORMAT", "json"))).isEqualTo(LogFormat.JSON);
  }

  @Test
  void theSystemPropertyWinsOverTheEnvironmentAsInLogbackXml() {
    Properties system = new Properties();
    system.setProperty("waxalert.log-format", "text");

    assertThat(LogFormat.configured(system, Map.of("WAXALERT_LOG_FORMAT", "json"))).isEqualTo(LogFormat.TEXT);
  }

  @Test
  void anUnknownFormatIsRefusedNamingTheSettingAndTheChoices() {
    assertThatThrownBy(() -> LogFormat.configured(new Properties(), Map.of("WAXALERT_LOG_FORMAT", "JSON ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("waxalert.log-format (WAXALERT_LOG_FORMAT) must be 'text' or 'json', not 'JSON '");
  }
}
