package io.waxalert.app.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The properties the service really reads, taken from the service itself so that the list never
 * goes stale: the configuration metadata Micronaut generates for the {@code @ConfigurationProperties}
 * records, every {@code ${waxalert.…}} placeholder compiled into its classes ({@code @Value}) or
 * written in its configuration ({@code ${waxalert.jwt-secret:generate}}), and every key of its
 * {@code application.yml}.
 */
final class ServiceProperties {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(waxalert\\.[a-z0-9.-]+)");

  private final TreeSet<String> names = new TreeSet<>();

  static ServiceProperties ofThisBuild() throws IOException {
    ServiceProperties properties = new ServiceProperties();
    Path classes = Path.of("target", "classes");
    JsonNode metadata = new ObjectMapper().readTree(
        classes.resolve("META-INF/spring-configuration-metadata.json").toFile());
    metadata.path("properties").forEach(property -> properties.names.add(property.path("name").asText()));
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(ServiceProperties::mayReadProperties)::iterator) {
        // class constants are modified UTF-8; the names wanted here are plain ASCII
        Matcher placeholder = PLACEHOLDER.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
        while (placeholder.find()) {
          properties.names.add(placeholder.group(1));
        }
      }
    }
    try (InputStream yml = Files.newInputStream(classes.resolve("application.yml"))) {
      properties.addKeys("", new Yaml().load(yml));
    }
    return properties;
  }

  private static boolean mayReadProperties(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".class") || name.endsWith(".yml") || name.endsWith(".properties");
  }

  private void addKeys(String prefix, Object node) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> addKeys(prefix + key + ".", value));
    } else if (!prefix.isEmpty()) {
      names.add(prefix.substring(0, prefix.length() - 1));
    }
  }

  /** The property an environment variable sets, in Micronaut's mapping (dots and dashes are _). */
  Optional<String> setBy(String variable) {
    return names.stream().filter(name -> variableOf(name).equals(variable)).findFirst();
  }

  static String variableOf(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  TreeSet<String> names() {
    return names;
  }
}
