package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TransferEncodingsTest {

  private final Session session = Session.getInstance(new Properties());

  @Test
  void namesAsciiText7bitAndTheRestQuotedPrintableAndTheMailReadsBackTheSame() throws Exception {
    String text = "Blue Train, 12.50 EUR\r\nhttps://www.discogs.com/sell/item/1?token=abc";
    String html = "<p>Blue Train – 12,50 €</p>";
    String longLine = "x".repeat(999);
    MimeMessage mail = mail(text, html, longLine);

    TransferEncodings.name(mail);
    mail.saveChanges();

    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")).containsExactly("7bit");
    assertThat(parts.getBodyPart(1).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
    assertThat(parts.getBodyPart(2).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    mail.writeTo(written);
    MimeMultipart read = (MimeMultipart) new MimeMessage(session, new ByteArrayInputStream(written.toByteArray()))
        .getContent();
    assertThat(read.getBodyPart(0).getContent()).isEqualTo(text);
    assertThat(read.getBodyPart(1).getContent()).isEqualTo(html);
    assertThat(read.getBodyPart(2).getContent()).isEqualTo(longLine);
  }

  @Test
  void choosesWhatJakartaMailWouldChooseItself() throws Exception {
    MimeMessage named = mail("plain words", "<p>Größe 12 €</p>", "y".repeat(1200));
    MimeMessage left = mail("plain words", "<p>Größe 12 €</p>", "y".repeat(1200));
    TransferEncodings.name(named);
    named.saveChanges();
    left.saveChanges();
    for (int i = 0; i < 3; i++) {
      assertThat(((MimeMultipart) named.getContent()).getBodyPart(i).getHeader("Content-Transfer-Encoding"))
          .isEqualTo(((MimeMultipart) left.getContent()).getBodyPart(i).getHeader("Content-Transfer-Encoding"));
    }
  }

  @Test
  void leavesAnEncodingAlreadyNamed() throws Exception {
    MimeMessage mail = mail("abc", "<p>abc</p>", "abc");
    ((MimeMultipart) mail.getContent()).getBodyPart(1).setHeader("Content-Transfer-Encoding", "base64");
    TransferEncodings.name(mail);
    assertThat(((MimeMultipart) mail.getContent()).getBodyPart(1).getHeader("Content-Transfer-Encoding"))
        .containsExactly("base64");
  }

  private MimeMessage mail(String text, String html, String third) throws Exception {
    MimeMessage mail = new MimeMessage(session);
    mail.setSubject("Blue Train");
    MimeMultipart parts = new MimeMultipart("alternative");
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text, "UTF-8");
    MimeBodyPart rich = new MimeBodyPart();
    rich.setContent(html, "text/html; charset=UTF-8");
    MimeBodyPart other = new MimeBodyPart();
    other.setText(third, "UTF-8");
    parts.addBodyPart(plain);
    parts.addBodyPart(rich);
    parts.addBodyPart(other);
    mail.setContent(parts);
    return mail;
  }
}
