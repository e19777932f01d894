package dev.lifeboat.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.DoubleConsumer;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpException;
import com.jcraft.jsch.SftpProgressMonitor;

import dev.lifeboat.deploy.internal.SshErrors;

/** One authenticated SSH session to a host: commands and SFTP uploads. Not thread-safe; close it when done. */
public final class SshConnection implements AutoCloseable {

	private final SshTarget target;
	private final Session session;
	private final Duration commandTimeout;

	SshConnection(SshTarget target, Session session, Duration commandTimeout) {
		this.target = target;
		this.session = session;
		this.commandTimeout = commandTimeout;
	}

	public SshTarget target() {
		return target;
	}

	/** Runs {@code command} in the remote user's shell within the command timeout. */
	public CommandResult run(String command) throws SshException {
		return run(command, commandTimeout);
	}

	/** Runs {@code command}; a command still running after {@code timeout} is abandoned with an error. */
	public CommandResult run(String command, Duration timeout) throws SshException {
		ChannelExec channel = null;
		try {
			channel = (ChannelExec) session.openChannel("exec");
			channel.setCommand(command);
			channel.setInputStream(null);
			InputStream out = channel.getInputStream();
			InputStream err = channel.getErrStream();
			channel.connect((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
			return collect(channel, out, err, System.nanoTime() + timeout.toNanos(), command);
		} catch (JSchException | IOException e) {
			throw SshErrors.io(target, "running '" + abbreviate(command) + "'", e);
		} finally {
			if (channel != null) {
				channel.disconnect();
			}
		}
	}

	/**
	 * Runs {@code command} here and {@code receiver} on {@code destination} at the same time, this command's
	 * standard output streamed into the receiver's standard input (bytes, through this process, never stored):
	 * how a guest's files go from one host to another without the hosts trusting each other's SSH keys.
	 *
	 * @return this command's result (its stdout empty: it went to the receiver) and the receiver's, in that order
	 */
	public List<CommandResult> pipe(String command, SshConnection destination, String receiver, Duration timeout)
			throws SshException {
		ChannelExec sender = null;
		ChannelExec receiving = null;
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			sender = (ChannelExec) session.openChannel("exec");
			sender.setCommand(command);
			sender.setInputStream(null);
			InputStream senderOut = sender.getInputStream();
			InputStream senderErr = sender.getErrStream();
			receiving = destination.openExec(receiver, senderOut);
			InputStream receiverOut = receiving.getInputStream();
			InputStream receiverErr = receiving.getErrStream();
			receiving.connect((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
			sender.connect((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
			CommandResult sent = collect(sender, InputStream.nullInputStream(), senderErr, deadline, command);
			CommandResult received = destination.collect(receiving, receiverOut, receiverErr, deadline, receiver);
			return List.of(sent, received);
		} catch (JSchException | IOException e) {
			throw SshErrors.io(target, "piping '" + abbreviate(command) + "' to " + destination.target(), e);
		} finally {
			if (sender != null) {
				sender.disconnect();
			}
			if (receiving != null) {
				receiving.disconnect();
			}
		}
	}

	private ChannelExec openExec(String command, InputStream input) throws JSchException {
		ChannelExec channel = (ChannelExec) session.openChannel("exec");
		channel.setCommand(command);
		// JSch pumps the stream into the remote stdin on its own thread and sends EOF when it ends.
		channel.setInputStream(input, true);
		return channel;
	}

	/**
	 * Writes {@code content} ({@code size} bytes) to {@code remotePath} over SFTP, replacing it.
	 *
	 * @param progress receives the fraction written so far, 0 to 1
	 */
	public void upload(InputStream content, long size, String remotePath, int mode, DoubleConsumer progress)
			throws SshException {
		ChannelSftp sftp = null;
		try {
			sftp = (ChannelSftp) session.openChannel("sftp");
			sftp.connect((int) commandTimeout.toMillis());
			sftp.put(content, remotePath, new Progress(size, progress), ChannelSftp.OVERWRITE);
			sftp.chmod(mode, remotePath);
		} catch (JSchException | SftpException e) {
			throw SshErrors.io(target, "uploading " + remotePath, e);
		} finally {
			if (sftp != null) {
				sftp.disconnect();
			}
		}
	}

	public boolean isConnected() {
		return session.isConnected();
	}

	@Override
	public void close() {
		session.disconnect();
	}

	private CommandResult collect(ChannelExec channel, InputStream out, InputStream err, long deadline, String command)
			throws IOException, SshException {
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		long pause = MIN_POLL_MILLIS;
		while (true) {
			boolean read = drain(out, stdout, buffer) | drain(err, stderr, buffer);
			if (channel.isClosed() && out.available() == 0 && err.available() == 0) {
				break;
			}
			if (!session.isConnected()) {
				throw SshErrors.io(target, "running '" + abbreviate(command) + "'", new IOException("session is down"));
			}
			if (System.nanoTime() > deadline) {
				throw new SshException(SshException.Kind.TIMED_OUT, target + ": '" + abbreviate(command)
						+ "' did not finish within " + commandTimeout.toSeconds() + " s: look at the host's load and the agent log");
			}
			// A command that answers soon is seen within a millisecond or two; one that works for seconds (an apply
			// that starts the resident agent) is polled ever less often: 32 hosts polled every 5 ms cost the console
			// a tenth of its CPU in a first install.
			pause = read ? MIN_POLL_MILLIS : Math.min(pause * 2, MAX_POLL_MILLIS);
			if (!read) {
				sleep(pause);
			}
		}
		return new CommandResult(channel.getExitStatus(), stdout.toString(StandardCharsets.UTF_8),
				stderr.toString(StandardCharsets.UTF_8));
	}

	private static boolean drain(InputStream in, ByteArrayOutputStream sink, byte[] buffer) throws IOException {
		boolean any = false;
		while (in.available() > 0) {
			int n = in.read(buffer, 0, buffer.length);
			if (n < 0) {
				break;
			}
			sink.write(buffer, 0, n);
			any = true;
		}
		return any;
	}

	private static final long MIN_POLL_MILLIS = 1;
	private static final long MAX_POLL_MILLIS = 32;

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static String abbreviate(String command) {
		String oneLine = command.strip().replaceAll("\\s+", " ");
		return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
	}

	/** Forwards SFTP's byte counts as fractions. */
	private static final class Progress implements SftpProgressMonitor {
		private final long size;
		private final DoubleConsumer progress;
		private long written;

		Progress(long size, DoubleConsumer progress) {
			this.size = size;
			this.progress = progress;
		}

		@Override
		public void init(int op, String src, String dest, long max) {
			progress.accept(0);
		}

		@Override
		public boolean count(long count) {
			written += count;
			progress.accept(size <= 0 ? 1 : Math.min(1, (double) written / size));
			return true;
		}

		@Override
		public void end() {
			progress.accept(1);
		}
	}
}
