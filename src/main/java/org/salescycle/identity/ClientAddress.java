package org.salescycle.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the address of the client the current request comes from known to the engine's password
 * check, which runs deeper down in the same thread. An IPv6 client is known by its /64 network, as
 * one machine usually has all of it.
 */
public final class ClientAddress extends OncePerRequestFilter {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  /** The client of the request this thread serves, if it serves one. */
  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    CURRENT.set(client(request.getRemoteAddr()));
    try {
      chain.doFilter(request, response);
    } finally {
      CURRENT.remove();
    }
  }

  static String client(String remoteAddress) {
    try {
      InetAddress address = InetAddress.getByName(remoteAddress);
      if (address instanceof Inet6Address) {
        byte[] network = Arrays.copyOf(address.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        return InetAddress.getByAddress(network).getHostAddress() + "/64";
      }
      return address.getHostAddress();
    } catch (UnknownHostException notAnAddress) {
      return remoteAddress;
    }
  }
}
