package io.waxalert.discogs.internal;

import io.waxalert.core.model.Currency;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the ECB's {@code eurofxref-daily.xml}: {@code <Cube time=…><Cube currency=… rate=…/>}. */
public final class EcbRatesParser {

  /** Units of each Discogs currency per 1 EUR, on the ECB's reference date. */
  public record EcbRates(LocalDate date, Map<Currency, BigDecimal> perEuro) {
    public EcbRates {
      perEuro = Map.copyOf(perEuro);
    }
  }

  private static final String NS = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";

  private EcbRatesParser() {}

  /**
   * @throws IllegalArgumentException when the document is not the ECB's format or carries no rates
   */
  public static EcbRates parse(String xml) {
    Document doc;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      doc = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalArgumentException("not an XML document: " + e.getMessage(), e);
    }
    NodeList cubes = doc.getElementsByTagNameNS(NS, "Cube");
    LocalDate date = null;
    Map<Currency, BigDecimal> rates = new EnumMap<>(Currency.class);
    for (int i = 0; i < cubes.getLength(); i++) {
      Element cube = (Element) cubes.item(i);
      if (cube.hasAttribute("time") && date == null) {
        date = LocalDate.parse(cube.getAttribute("time"));
      }
      if (cube.hasAttribute("currency") && cube.hasAttribute("rate")) {
        Currency currency = supported(cube.getAttribute("currency"));
        BigDecimal rate = new BigDecimal(cube.getAttribute("rate").trim());
        if (currency != null && rate.signum() > 0) {
          rates.put(currency, rate);
        }
      }
    }
    if (date == null || rates.isEmpty()) {
      throw new IllegalArgumentException("no ECB reference rates in the document");
    }
    return new EcbRates(date, rates);
  }

  private static Currency supported(String code) {
    try {
      return Currency.parse(code);
    } catch (IllegalArgumentException e) {
      return null; // the ECB lists currencies Discogs does not trade in
    }
  }
}
