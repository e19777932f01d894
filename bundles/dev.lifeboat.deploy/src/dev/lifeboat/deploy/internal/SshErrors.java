package dev.lifeboat.deploy.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;

import dev.lifeboat.deploy.KnownHosts;
import dev.lifeboat.deploy.SshException;
import dev.lifeboat.deploy.SshTarget;

/** Turns JSch's exceptions into one line that names the host, what happened and what to do. */
public final class SshErrors {

	private SshErrors() {
	}

	/**
	 * A failure to connect or authenticate.
	 *
	 * @param refusedCredentials what was offered and refused for which login, and what to do
	 */
	public static SshException connect(SshTarget target, String refusedCredentials, KnownHosts.Verdict verdict, JSchException e) {
		if (verdict != null && !verdict.trusted()) {
			SshException.Kind kind = verdict.status() == KnownHosts.Status.CHANGED ? SshException.Kind.HOST_KEY_CHANGED
					: SshException.Kind.HOST_KEY_UNKNOWN;
			return new SshException(kind, verdict.message(), e, verdict.fingerprint());
		}
		if (e instanceof JSchUnknownHostKeyException || e instanceof JSchChangedHostKeyException) {
			return new SshException(SshException.Kind.HOST_KEY_UNKNOWN, target + ": host key refused: " + e.getMessage(), e);
		}
		String message = String.valueOf(e.getMessage());
		if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
			return new SshException(SshException.Kind.AUTH_FAILED, target + ": " + refusedCredentials, e);
		}
		return network(target, "connecting", e);
	}

	/** A failure after the connection was up (a command, an upload). */
	public static SshException io(SshTarget target, String during, Exception e) {
		return network(target, during, e);
	}

	private static SshException network(SshTarget target, String during, Exception e) {
		Throwable cause = rootCause(e);
		String where = target + ": ";
		if (cause instanceof ConnectException) {
			return new SshException(SshException.Kind.UNREACHABLE, where + "connection refused while " + during
					+ ": is sshd running and listening on port " + target.port() + "?", e);
		}
		if (cause instanceof NoRouteToHostException || cause instanceof UnknownHostException) {
			return new SshException(SshException.Kind.UNREACHABLE, where + "unreachable (" + cause.getClass().getSimpleName()
					+ ": " + cause.getMessage() + "): check the management address and network", e);
		}
		String message = String.valueOf(e.getMessage());
		if (cause instanceof SocketTimeoutException || message.contains("timeout") || message.contains("timed out")) {
			return new SshException(SshException.Kind.TIMED_OUT, where + "timed out while " + during
					+ ": check that the host is up and its management address is right", e);
		}
		return new SshException(SshException.Kind.CONNECTION_LOST, where + "connection lost while " + during + " ("
				+ firstLine(cause.getMessage() == null ? cause.toString() : cause.getMessage())
				+ "): check the host and the network, then deploy again", e);
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static String firstLine(String text) {
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}
}
