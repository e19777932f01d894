package dev.lifeboat.deploy;

/**
 * How to run a migration.
 *
 * @param ssh           the SSH key and known hosts
 * @param observerHost  with {@code observerGuest}: the guest (on another host of the VM's overlay) that pings the
 *                      VM every 10 ms across the overlay during the cutover, to measure the blackout; {@code null}
 *                      for none (the cutover window is still timed)
 * @param observerGuest the observing guest's name on {@code observerHost}
 * @param initiator     who started it, for the record
 */
public record MigrationOptions(SshSettings ssh, String observerHost, String observerGuest, String initiator) {

	public MigrationOptions(SshSettings ssh, String initiator) {
		this(ssh, null, null, initiator);
	}

	/** These options with the blackout measured by {@code guest} on {@code host}. */
	public MigrationOptions observedBy(String host, String guest) {
		return new MigrationOptions(ssh, host, guest, initiator);
	}

	public boolean observed() {
		return observerHost != null && observerGuest != null;
	}
}
