package dev.lifeboat.deploy.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gets the JDK's AES-GCM compiled with its AES and GHASH intrinsics before a deploy's uploads start.
 *
 * <p>Why: SSH encrypts every byte of the 20 MB agent jar in the console's JVM (JSch's {@code aes*-gcm}, the
 * JDK's cipher). Until C2 has compiled the cipher's loops, with the CPU's AES and carry-less multiply
 * instructions, it runs at about 45 MB/s instead of 1.5-2.5 GB/s. C2 compiles on a thread of its own; with 32
 * uploads (and, in a lab, the hosts' sshd) busy on the same cores that thread waits, and a 50-host first install
 * measured here encrypted most of its gigabyte before the compiled code arrived (60% of the console's CPU in
 * {@code GHASH} and {@code CounterMode}). Encrypting a few megabytes alone first, while nothing else competes,
 * lets C2 finish; the launchers' {@code CompileThresholdScaling} for {@code com.sun.crypto.provider} makes that
 * a few megabytes rather than 70.
 *
 * <p>It encrypts the way JSch does (a 4-byte length as additional data, the packet in place, a new nonce per
 * packet) and stops when a megabyte goes more than {@value #SPEEDUP}x faster than the first one did, or after
 * {@value #MAX_MEGABYTES} MB (a JVM without the intrinsics never gets there and pays at most that).
 */
public final class CipherWarmup {

	private static final int PACKET = 32 * 1024;
	private static final int PACKETS_PER_MEGABYTE = 1024 * 1024 / PACKET;
	private static final int SPEEDUP = 10;
	private static final int MAX_MEGABYTES = 96;

	private CipherWarmup() {
	}

	/** Encrypts on the calling thread until AES-GCM runs at compiled speed (see the class comment). */
	public static void run() {
		byte[] packet = new byte[4 + PACKET + 16];
		byte[] nonce = new byte[12];
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
			long first = 0;
			for (int megabyte = 1; megabyte <= MAX_MEGABYTES; megabyte++) {
				long start = cpuTime();
				for (int i = 0; i < PACKETS_PER_MEGABYTE; i++) {
					nonce[11]++;
					if (nonce[11] == 0) {
						nonce[10]++;
					}
					cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
					cipher.updateAAD(packet, 0, 4);
					cipher.doFinal(packet, 4, PACKET, packet, 4);
				}
				long spent = Math.max(1, cpuTime() - start);
				if (megabyte == 1) {
					first = spent;
				} else if (spent * SPEEDUP < first) {
					return;
				}
			}
		} catch (GeneralSecurityException e) {
			// A JDK without AES-GCM cannot speak aes-gcm over SSH either; JSch picks another cipher.
		}
	}

	/** This thread's CPU time (what the cipher costs, whatever else runs), else the wall clock. */
	private static long cpuTime() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
	}
}
