package org.salescycle.lead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      anna.nowak@acme.pl                      | anna.nowak@acme.pl      | anna.nowak@acme.pl
      Anna.Nowak@ACME.PL                      | Anna.Nowak@ACME.PL      | anna.nowak@acme.pl
      '  anna.nowak@acme.pl\t'                | anna.nowak@acme.pl      | anna.nowak@acme.pl
      '\u00A0anna.nowak@acme.pl\u00A0'        | anna.nowak@acme.pl      | anna.nowak@acme.pl
      '\u2007anna.nowak@acme.pl\u3000'        | anna.nowak@acme.pl      | anna.nowak@acme.pl
      '\uFEFFanna.nowak@acme.pl'              | anna.nowak@acme.pl      | anna.nowak@acme.pl
      'anna.\u200Bnowak@acme.pl\u200B'        | anna.nowak@acme.pl      | anna.nowak@acme.pl
      'anna.nowak@ac\u200Dme.pl\u2060'        | anna.nowak@acme.pl      | anna.nowak@acme.pl
      'anna.nowak@acme\u00AD.pl'              | anna.nowak@acme.pl      | anna.nowak@acme.pl
      anna.nowak@acme.pl.                     | anna.nowak@acme.pl      | anna.nowak@acme.pl
      jan@bücher.de                           | jan@bücher.de           | jan@bücher.de
      jan@BÜCHER.DE                           | jan@BÜCHER.DE           | jan@bücher.de
      jan@xn--bcher-kva.de                    | jan@xn--bcher-kva.de    | jan@bücher.de
      jan@XN--BCHER-KVA.DE.                   | jan@XN--BCHER-KVA.DE    | jan@bücher.de
      'jan@bu\u0308cher.de'                   | 'jan@bu\u0308cher.de'   | jan@bücher.de
      jan@ｂücher．de                          | jan@ｂücher．de          | jan@bücher.de
      jan@bücher。de                          | jan@bücher。de          | jan@bücher.de
      'zo\u0065\u0301@acme.pl'                | 'zo\u0065\u0301@acme.pl' | 'zo\u00E9@acme.pl'
      ZOË@acme.pl                             | ZOË@acme.pl             | zoë@acme.pl
      """)
  void everyWayOfWritingAMailboxReachesTheSameMailbox(String written, String address,
      String mailbox) {
    EmailAddress email = EmailAddress.of(written);

    assertThat(email.valid()).isTrue();
    assertThat(email.address()).isEqualTo(address);
    assertThat(email.mailbox()).isEqualTo(mailbox);
  }

  @Test
  void theDomainIsTheMailboxsDomainAndConfiguredDomainsAreSpeltAlike() {
    assertThat(EmailAddress.of("jan@XN--BCHER-KVA.DE.").domain()).isEqualTo("bücher.de");
    assertThat(EmailAddress.normalDomain(" Bücher.DE. ")).isEqualTo("bücher.de");
    assertThat(EmailAddress.normalDomain("GMAIL.com")).isEqualTo("gmail.com");
    assertThat(EmailAddress.normalDomain("")).isNull();
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "acme.pl", "anna@", "@acme.pl", "anna@acme", "anna@@acme.pl",
      "anna nowak@acme.pl", "anna\u00A0nowak@acme.pl", "anna@acme..pl", "anna@.acme.pl",
      "anna@acme.pl\u0000", "anna@x.\u200B"})
  void somethingThatIsNoAddressIsNotValid(String text) {
    assertThat(EmailAddress.of(text).valid()).isFalse();
  }

  @Test
  void anAddressOrMailboxLongerThanTheColumnIsNotValid() {
    String local = "a".repeat(64);
    String domain = ("d".repeat(60) + ".").repeat(4) + "pl";
    assertThat(EmailAddress.of(local + "@" + domain).valid()).isTrue();
    assertThat(EmailAddress.of(local + "@" + "x".repeat(300) + ".pl").valid()).isFalse();
    assertThat(EmailAddress.of("a".repeat(320) + "@acme.pl").valid()).isFalse();
  }
}
