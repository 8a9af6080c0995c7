package io.waxalert.examples.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/**
 * A reader's own project, made of the README's blocks: its dependencies and repositories in a
 * minimal POM, its Java files as the README shows them.
 *
 * <p>Two things are the test's own: the plugins are pinned to the versions this build uses (so the
 * consumer build finds them in the local repository this build filled), and the jar's manifest
 * lists the resolved runtime classpath, so {@code java -cp <jar>} runs the programs with exactly
 * what the published POMs bring in.
 */
final class ConsumerProject {

  /** Relative to the work folder, beside the project. */
  static final String LOCAL_REPOSITORY = "consumer-repository";
  static final String JAR = "target/readme-consumer-1.0.jar";
  private static final List<String> PLUGINS =
      List.of("maven-resources-plugin", "maven-compiler-plugin", "maven-surefire-plugin", "maven-jar-plugin");

  private ConsumerProject() {}

  static Path write(Path dir, ReadmeBlocks readme, String stagingUrl, String placeholder, Path buildPom)
      throws IOException {
    String repositories = readme.get("pom repositories");
    if (!repositories.contains(placeholder)) {
      throw new IllegalStateException("the README's repository block no longer says " + placeholder);
    }
    Map<String, String> versions = pluginVersions(buildPom);
    String pins = PLUGINS.stream().map(plugin -> """
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>%s</artifactId>
                <version>%s</version>
              </plugin>
        """.formatted(plugin, versions.get(plugin))).collect(Collectors.joining());
    String pom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>readme-consumer</artifactId>
          <version>1.0</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        %s
        %s
          <build>
            <pluginManagement>
              <plugins>
        %s      </plugins>
            </pluginManagement>
            <plugins>
              <plugin>
                <groupId>org.apache.maven.plugins</groupId>
                <artifactId>maven-jar-plugin</artifactId>
                <configuration>
                  <archive>
                    <manifest>
                      <addClasspath>true</addClasspath>
                      <classpathLayoutType>repository</classpathLayoutType>
                      <classpathPrefix>../../%s/</classpathPrefix>
                      <useUniqueVersions>false</useUniqueVersions>
                    </manifest>
                  </archive>
                </configuration>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(repositories.replace(placeholder, stagingUrl), readme.get("pom dependencies"), pins,
        LOCAL_REPOSITORY);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("pom.xml"), pom);
    for (Map.Entry<String, String> file : readme.withPrefix("file").entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue());
    }
    return dir;
  }

  private static Map<String, String> pluginVersions(Path buildPom) throws IOException {
    try {
      Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(buildPom.toFile());
      var xpath = XPathFactory.newInstance().newXPath();
      Map<String, String> versions = new java.util.HashMap<>();
      for (String plugin : PLUGINS) {
        String version = xpath.evaluate(
            "/project/build/pluginManagement/plugins/plugin[artifactId='" + plugin + "']/version", pom);
        if (version.isBlank()) {
          throw new IllegalStateException(buildPom + " pins no version of " + plugin);
        }
        versions.put(plugin, version.strip());
      }
      return versions;
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException
        | javax.xml.xpath.XPathExpressionException e) {
      throw new IOException("cannot read plugin versions from " + buildPom, e);
    }
  }
}
