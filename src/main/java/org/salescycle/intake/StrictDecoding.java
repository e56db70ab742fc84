package org.salescycle.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Text of an upload in one encoding, refusing bytes that are not of it instead of replacing them
 * with U+FFFD: a file saved in another encoding is refused naming the line of the first such byte,
 * never imported with mangled names.
 */
final class StrictDecoding extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final boolean declared;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
  private boolean endOfInput;
  private boolean done;
  private int line = 1;

  /** declared: the encoding was named by the upload, not assumed. */
  StrictDecoding(InputStream in, Charset charset, boolean declared) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.declared = declared;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (done) {
      return -1;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      int before = out.position();
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      countLines(buffer, before, out.position());
      if (result.isError()) {
        throw refused(bytes.get(bytes.position()));
      }
      if (out.position() > offset) {
        return out.position() - offset;
      }
      if (endOfInput) {
        decoder.flush(out);
        done = out.position() == offset;
        return done ? -1 : out.position() - offset;
      }
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
    }
  }

  private void countLines(char[] buffer, int from, int to) {
    for (int i = from; i < to; i++) {
      if (buffer[i] == '\n') {
        line++;
      }
    }
  }

  private MalformedCsvException refused(byte at) {
    String name = decoder.charset().name();
    String problem = "the file is not valid %s (byte 0x%02X)".formatted(name, at & 0xFF);
    return new MalformedCsvException(line, declared ? problem + " though the upload declares it"
        : problem + "; save it from Excel as \"CSV UTF-8\", or declare its encoding, e.g. "
            + "charset=windows-1250");
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
