package io.waxalert.examples.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A POM as deployed (a timestamped snapshot file), read with XPath over element names. */
final class StagedPom {

  private final Document document;

  private StagedPom(Document document) {
    this.document = document;
  }

  static StagedPom in(Path versionFolder) throws IOException {
    try {
      return new StagedPom(DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(single(versionFolder, ".pom").toFile()));
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException("unreadable POM in " + versionFolder, e);
    }
  }

  /** The one file of the folder whose name ends so (a deploy writes each artifact once). */
  static Path single(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> matching = files.filter(file -> file.getFileName().toString().endsWith(suffix)).toList();
      if (matching.size() != 1) {
        throw new AssertionError("expected one *" + suffix + " in " + folder + ", found " + matching);
      }
      return matching.get(0);
    }
  }

  String text(String xpath) {
    List<String> all = texts(xpath);
    return all.isEmpty() ? "" : all.get(0).strip();
  }

  List<String> texts(String xpath) {
    try {
      NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
          .evaluate(xpath, document, XPathConstants.NODESET);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        texts.add(nodes.item(i).getTextContent().strip());
      }
      return texts;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(xpath, e);
    }
  }
}
