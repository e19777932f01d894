package dev.lifeboat.deploy.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output of {@code ping -D -i 0.01}: when each reply came (the observer's clock), and how many were sent. A
 * migration's blackout is the longest silence between two replies, less the ping interval.
 */
public final class PingLog {

	/** Replies that must follow the longest gap: a log that ends in silence has no measured blackout. */
	private static final int REPLIES_AFTER = 5;

	private static final Pattern REPLY = Pattern.compile("^\\[(\\d+)\\.(\\d+)\\] \\d+ bytes from .*icmp_seq=(\\d+)");
	private static final Pattern SUMMARY = Pattern.compile("(\\d+) packets transmitted, (\\d+) received");

	/** A silence: from {@code afterSeq}'s reply to the next one. */
	public record Gap(int afterSeq, Duration length) {
	}

	private final List<Long> replyMicros;
	private final int sent;
	private final int received;
	private final Duration interval;

	private PingLog(List<Long> replyMicros, int sent, int received, Duration interval) {
		this.replyMicros = replyMicros;
		this.sent = sent;
		this.received = received;
		this.interval = interval;
	}

	public static PingLog parse(String output, Duration interval) {
		List<Long> replies = new ArrayList<>();
		int sent = 0;
		int received = 0;
		for (String line : output.split("\n")) {
			Matcher reply = REPLY.matcher(line.strip());
			if (reply.find()) {
				String micros = (reply.group(2) + "000000").substring(0, 6);
				replies.add(Long.parseLong(reply.group(1)) * 1_000_000 + Long.parseLong(micros));
				continue;
			}
			Matcher summary = SUMMARY.matcher(line);
			if (summary.find()) {
				sent = Integer.parseInt(summary.group(1));
				received = Integer.parseInt(summary.group(2));
			}
		}
		return new PingLog(replies, sent, received == 0 ? replies.size() : received, interval);
	}

	public int sent() {
		return sent;
	}

	public int lost() {
		return Math.max(0, sent - received);
	}

	/**
	 * The longest silence between two replies, less one interval; {@code null} when fewer than
	 * {@value #REPLIES_AFTER} replies follow it (the target never answered while the ping ran).
	 */
	public Gap longestGap() {
		int longest = -1;
		long longestMicros = -1;
		for (int i = 1; i < replyMicros.size(); i++) {
			long gap = replyMicros.get(i) - replyMicros.get(i - 1);
			if (gap > longestMicros) {
				longestMicros = gap;
				longest = i - 1;
			}
		}
		if (longest < 0 || replyMicros.size() - (longest + 1) < REPLIES_AFTER) {
			return null;
		}
		long silence = Math.max(0, longestMicros - interval.toNanos() / 1000);
		return new Gap(longest, Duration.ofNanos(silence * 1000));
	}
}
