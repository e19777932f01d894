package dev.lifeboat.deploy.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gets the JDK's AES-GCM compiled with its AES and GHASH intrinsics before a deploy's uploads start.
 *
 * <p>Why: SSH encrypts every byte of the 20 MB agent jar in the console's JVM (JSch's {@code aes128-gcm}, the
 * JDK's cipher). Until C2 has compiled the cipher's loops, with the CPU's AES and carry-less multiply
 * instructions, it runs at about 45 MB/s instead of 1.5-2.5 GB/s. C2 compiles on a thread of its own; with 32
 * uploads (and, in a lab, the hosts' sshd) busy on the same cores that thread waits, and a 50-host first install
 * measured here encrypted most of its gigabyte before the compiled code arrived (60% of the console's CPU in
 * {@code GHASH} and {@code CounterMode}). Encrypting a few megabytes alone first, while nothing else competes,
 * lets C2 finish; the launchers' {@code CompileThresholdScaling} for {@code com.sun.crypto.provider} makes that
 * 3-5 MB (0.1-0.2 s) rather than 35-70 MB (about 1 s).
 *
 * <p>It encrypts the way JSch does (a 4-byte length as additional data, the packet in place, a new nonce per
 * packet) until a megabyte takes less than {@value #FAST_MICROS} µs of CPU or a tenth of the first one's, at most
 * {@value #MAX_MEGABYTES} MB or {@value #MAX_MILLIS} ms (a JVM without the intrinsics never gets there), and only
 * once per JVM: the compiled code stays.
 */
public final class CipherWarmup {

	private static final int PACKET = 32 * 1024;
	private static final int PACKETS_PER_MEGABYTE = 1024 * 1024 / PACKET;
	/** A megabyte in 2 ms is 500 MB/s: compiled with the intrinsics (the uncompiled cipher does 20-200 MB/s). */
	private static final long FAST_MICROS = 2000;
	private static final int SPEEDUP = 10;
	private static final int MAX_MEGABYTES = 96;
	private static final long MAX_MILLIS = 2000;

	private static final AtomicBoolean DONE = new AtomicBoolean();

	private CipherWarmup() {
	}

	/**
	 * Encrypts on the calling thread until AES-GCM runs at compiled speed (see the class comment); returns at once,
	 * with {@code false}, when this JVM has warmed up before. Never fails: without AES-GCM it does nothing.
	 */
	public static boolean run() {
		if (!DONE.compareAndSet(false, true)) {
			return false;
		}
		byte[] packet = new byte[4 + PACKET + 16];
		byte[] nonce = new byte[12];
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_MILLIS);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
			long first = 0;
			for (int megabyte = 1; megabyte <= MAX_MEGABYTES && System.nanoTime() < deadline; megabyte++) {
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
				if (spent < TimeUnit.MICROSECONDS.toNanos(FAST_MICROS)) {
					break;
				}
				if (megabyte == 1) {
					first = spent;
				} else if (spent * SPEEDUP < first) {
					break;
				}
			}
		} catch (GeneralSecurityException | RuntimeException e) {
			// Only a head start for the JIT: a JDK without AES-GCM (JSch then picks another cipher) or a provider
			// that refuses this use costs the deploy nothing.
		}
		return true;
	}

	/** This thread's CPU time in nanoseconds (what the cipher costs, whatever else runs), else the wall clock. */
	private static long cpuTime() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
		return cpu >= 0 ? cpu : System.nanoTime();
	}
}
