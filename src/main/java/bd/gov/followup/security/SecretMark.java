package bd.gov.followup.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A salted SHA-256 of a secret, "salt:hash" in hex: enough to tell whether the admin secret changed between two
 * starts without keeping it. The secret is a strong password (the policy checks it), so a fast hash will do.
 */
final class SecretMark {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretMark() {}

  static String of(String secret) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(hash(salt, secret));
  }

  /** Whether {@code mark} (or null: none yet) was made of {@code secret}. */
  static boolean matches(String mark, String secret) {
    if (mark == null || mark.indexOf(':') < 0) {
      return false;
    }
    byte[] salt = HexFormat.of().parseHex(mark.substring(0, mark.indexOf(':')));
    byte[] expected = HexFormat.of().parseHex(mark.substring(mark.indexOf(':') + 1));
    return MessageDigest.isEqual(expected, hash(salt, secret));
  }

  private static byte[] hash(byte[] salt, String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      return digest.digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
