package dev.lifeboat.agent.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of every regular file in a tar stream ({@code restic dump SNAPSHOT /}), read as it streams so
 * that a snapshot of any size is hashed without being stored. Understands what Go's archive/tar writes:
 * ustar headers with a prefix, PAX records for long names and sizes, GNU long names and base-256 sizes.
 */
final class TarHashes {

	private static final int BLOCK = 512;

	private TarHashes() {
	}

	/** Path (relative, no leading slash) to lower-case hex SHA-256, sorted by path. */
	static Map<String, String> read(InputStream in) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		byte[] header = new byte[BLOCK];
		String longName = null;
		Long paxSize = null;
		while (readFully(in, header)) {
			if (isZero(header)) {
				break;
			}
			char type = (char) (header[156] == 0 ? '0' : header[156]);
			long size = paxSize != null ? paxSize : size(header);
			String name = longName != null ? longName : name(header);
			if (type == 'x' || type == 'L') {
				byte[] content = in.readNBytes((int) size);
				skip(in, padding(size));
				if (type == 'L') {
					longName = new String(content, StandardCharsets.UTF_8).replace("\0", "");
				} else {
					for (String record : pax(content)) {
						if (record.startsWith("path=")) {
							longName = record.substring(5);
						} else if (record.startsWith("size=")) {
							paxSize = Long.parseLong(record.substring(5));
						}
					}
				}
				continue;
			}
			if (type == '0' || type == '7') {
				hashes.put(strip(name), sha256(in, size));
			} else {
				skip(in, size);
			}
			skip(in, padding(size));
			longName = null;
			paxSize = null;
		}
		return hashes;
	}

	private static String sha256(InputStream in, long size) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
		byte[] buffer = new byte[65536];
		long left = size;
		while (left > 0) {
			int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) {
				throw new IOException("the snapshot's archive ended inside a file");
			}
			digest.update(buffer, 0, read);
			left -= read;
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static java.util.List<String> pax(byte[] content) {
		java.util.List<String> records = new java.util.ArrayList<>();
		int position = 0;
		while (position < content.length) {
			int space = indexOf(content, (byte) ' ', position);
			if (space < 0) {
				break;
			}
			int length = Integer.parseInt(new String(content, position, space - position, StandardCharsets.US_ASCII));
			records.add(new String(content, space + 1, length - (space - position) - 2, StandardCharsets.UTF_8));
			position += length;
		}
		return records;
	}

	private static int indexOf(byte[] bytes, byte wanted, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return -1;
	}

	private static String name(byte[] header) {
		String name = text(header, 0, 100);
		String prefix = text(header, 345, 155);
		return prefix.isEmpty() ? name : prefix + "/" + name;
	}

	private static String strip(String name) {
		String stripped = name;
		while (stripped.startsWith("/") || stripped.startsWith("./")) {
			stripped = stripped.substring(stripped.startsWith("/") ? 1 : 2);
		}
		return stripped;
	}

	private static long size(byte[] header) {
		if ((header[124] & 0x80) != 0) {
			long value = 0;
			for (int i = 125; i < 136; i++) {
				value = (value << 8) | (header[i] & 0xff);
			}
			return value;
		}
		String octal = text(header, 124, 12).strip();
		return octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
	}

	private static String text(byte[] header, int offset, int length) {
		int end = offset;
		while (end < offset + length && header[end] != 0) {
			end++;
		}
		return new String(header, offset, end - offset, StandardCharsets.UTF_8);
	}

	private static long padding(long size) {
		return (BLOCK - size % BLOCK) % BLOCK;
	}

	private static boolean isZero(byte[] block) {
		for (byte b : block) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean readFully(InputStream in, byte[] block) throws IOException {
		return in.readNBytes(block, 0, block.length) == block.length;
	}

	private static void skip(InputStream in, long count) throws IOException {
		in.skipNBytes(count);
	}
}
