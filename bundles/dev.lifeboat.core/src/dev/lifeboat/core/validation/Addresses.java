package dev.lifeboat.core.validation;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses the MAC and IP addresses of a topology strictly, and without ever asking DNS. */
final class Addresses {

	private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");
	private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F][0-9a-fA-F:.]*|:[0-9a-fA-F:.]*");

	private Addresses() {
	}

	/** {@code mac} in lower case, or {@code null} if it is not {@code xx:xx:xx:xx:xx:xx}. */
	static String normaliseMac(String mac) {
		String trimmed = mac.trim();
		return MAC.matcher(trimmed).matches() ? trimmed.toLowerCase(Locale.ROOT) : null;
	}

	/** Whether a normalised MAC is a group address: the I/G bit is the lowest bit of the first octet. */
	static boolean isMulticastMac(String normalisedMac) {
		return (Integer.parseInt(normalisedMac.substring(0, 2), 16) & 1) != 0;
	}

	/** The bytes of an IPv4 or IPv6 literal (4 or 16 bytes), or {@code null} if it is not one. */
	static byte[] parseIp(String text) {
		String ip = text.trim();
		return ip.indexOf(':') >= 0 ? parseIpv6(ip) : parseIpv4(ip);
	}

	/** A key under which equal addresses written differently ({@code ::1} and {@code 0:0::1}) are equal. */
	static String ipKey(byte[] address) {
		return HexFormat.of().formatHex(address);
	}

	static boolean isIpv6(String text) {
		return text.indexOf(':') >= 0;
	}

	static boolean isMulticastIp(byte[] address) {
		return address.length == 4 ? (address[0] & 0xF0) == 0xE0 : (address[0] & 0xFF) == 0xFF;
	}

	private static byte[] parseIpv4(String ip) {
		// Strict dotted quad: InetAddress would also accept "10.1" and similar legacy forms.
		String[] parts = ip.split("\\.", -1);
		if (parts.length != 4) {
			return null;
		}
		byte[] bytes = new byte[4];
		for (int i = 0; i < 4; i++) {
			String part = parts[i];
			if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
				return null;
			}
			int value = Integer.parseInt(part);
			if (value > 255) {
				return null;
			}
			bytes[i] = (byte) value;
		}
		return bytes;
	}

	private static byte[] parseIpv6(String ip) {
		// Only literal characters reach InetAddress, so it parses and never resolves a name.
		if (ip.length() > 45 || !IPV6_CHARS.matcher(ip).matches()) {
			return null;
		}
		try {
			return InetAddress.getByName(ip).getAddress();
		} catch (UnknownHostException e) {
			return null;
		}
	}
}
