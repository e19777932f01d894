package dev.lifeboat.agent.tests.vtep;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

/**
 * Both ends of a checked TCP transfer, run as {@code ip netns exec NS java -cp ... TcpTransfer ...} so each end
 * lives in a guest namespace: {@code server PORT} prints the count and SHA-256 of what it received,
 * {@code client HOST PORT BYTES SEED} sends pseudo-random bytes and prints the same for what it sent.
 */
public final class TcpTransfer {

	private TcpTransfer() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("server")) {
			serve(Integer.parseInt(args[1]));
		} else {
			send(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
		}
	}

	private static void serve(int port) throws Exception {
		try (ServerSocket server = new ServerSocket()) {
			server.bind(new InetSocketAddress(port));
			System.out.println("listening");
			System.out.flush();
			server.setSoTimeout(60_000);
			try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				byte[] chunk = new byte[65536];
				long total = 0;
				for (int n; (n = in.read(chunk)) > 0;) {
					digest.update(chunk, 0, n);
					total += n;
				}
				System.out.println(total + " " + HexFormat.of().formatHex(digest.digest()));
			}
		}
	}

	private static void send(String host, int port, long bytes, long seed) throws Exception {
		Random random = new Random(seed);
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		byte[] chunk = new byte[65536];
		long start = System.nanoTime();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 10_000);
			OutputStream out = socket.getOutputStream();
			for (long left = bytes; left > 0;) {
				int n = (int) Math.min(chunk.length, left);
				random.nextBytes(chunk);
				out.write(chunk, 0, n);
				digest.update(chunk, 0, n);
				left -= n;
			}
			socket.shutdownOutput();
			socket.getInputStream().read();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.println(bytes + " " + HexFormat.of().formatHex(digest.digest()));
		System.err.printf("%.1f Mbit/s%n", bytes * 8 / seconds / 1e6);
	}
}
